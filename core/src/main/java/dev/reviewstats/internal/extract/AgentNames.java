package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.model.Agent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads agent names ({@code Claude Opus 4.7 (effort: xhigh)}, {@code [Gemini]}) and resolves them
 * against the review's reviewers. Knows the families reports have used, and learns any other family
 * the reviewers list names.
 */
final class AgentNames {
    /** The families as the report tool's own pills name them. */
    static final List<String> KNOWN_FAMILIES = Vocabulary.FAMILIES;

    private final List<Agent> reviewers = new ArrayList<>();
    private final Set<String> families = new LinkedHashSet<>(KNOWN_FAMILIES);
    /** Names the user declared, by lower-case alias: each means the family it maps to. */
    private final java.util.Map<String, String> aliases = new java.util.LinkedHashMap<>();

    /** The caller's model aliases, applied to every agent a name is read as. */
    private final java.util.function.UnaryOperator<Agent> models;

    AgentNames() {
        this(java.util.Map.of(), java.util.function.UnaryOperator.identity());
    }

    AgentNames(java.util.Map<String, String> aliases, java.util.function.UnaryOperator<Agent> models) {
        aliases.forEach((a, f) -> this.aliases.put(a.toLowerCase(Locale.ROOT), f));
        this.models = models;
    }

    void setReviewers(List<Agent> list) {
        reviewers.clear();
        reviewers.addAll(list);
        for (Agent a : list) {
            families.add(a.family());
        }
    }

    List<Agent> reviewers() {
        return List.copyOf(reviewers);
    }

    /** The canonical spelling of a family name, if the word is one. */
    Optional<String> family(String word) {
        String w = word.strip();
        String aliased = aliases.get(w.toLowerCase(Locale.ROOT));
        if (aliased != null) {
            return Optional.of(aliased);
        }
        for (String f : families) {
            if (f.equalsIgnoreCase(w)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * A known family glued to a version: {@code Qwen3}, {@code Gemma4}, {@code GLM-4.7},
     * {@code Qwen3.6}; the word must continue with a digit, or a hyphen and a digit.
     */
    Optional<String> gluedFamily(String word) {
        for (java.util.Map.Entry<String, String> alias : aliases.entrySet()) {
            if (glued(word, alias.getKey())) {
                return Optional.of(alias.getValue());
            }
        }
        for (String f : families) {
            if (word.length() > f.length() && word.regionMatches(true, 0, f, 0, f.length())) {
                int i = f.length();
                if (word.charAt(i) == '-' && i + 1 < word.length()) {
                    i++;
                }
                if (Character.isDigit(word.charAt(i))) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean glued(String word, String prefix) {
        if (word.length() <= prefix.length() || !word.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        int i = prefix.length();
        if (word.charAt(i) == '-' && i + 1 < word.length()) {
            i++;
        }
        return Character.isDigit(word.charAt(i)) || Character.isUpperCase(word.charAt(i));
    }

    /** Matches a family name at the start of a text, ignoring brackets and markup. */
    Optional<String> leadingFamily(String text) {
        String t = fromFirstLetter(Inline.plain(text));
        int end = 0;
        while (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '-')) {
            end++;
        }
        if (end == 0) {
            return Optional.empty();
        }
        String word = t.substring(0, end);
        return family(word).or(() -> gluedFamily(word));
    }

    /**
     * An agent named where a text starts, and where its name ends.
     *
     * @param agent the reviewer meant, or the bare family when its reviewers cannot be told apart
     * @param end the index just past the name (and a possessive {@code 's})
     */
    record Named(Agent agent, int end) {
    }

    /**
     * The agent a statement names first: a family word with as much of one reviewer's model as
     * follows it ({@code Gemini 3.5 Flash's}), or, alone, a word only one reviewer's model has
     * ({@code Flash I1}). A family with several reviewers and no model after it is the bare family.
     */
    Optional<Named> leadingAgent(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
            end++;
        }
        if (end == start) {
            return Optional.empty();
        }
        String word = text.substring(start, end);
        Optional<String> family = family(word).or(() -> gluedFamily(word));
        if (family.isPresent()) {
            List<Agent> same = reviewers.stream().filter(r -> r.family().equalsIgnoreCase(family.get())).toList();
            Agent best = null;
            int bestEnd = end;
            for (Agent r : same) {
                int after = afterModel(text, end, r, word);
                if (after > bestEnd) {
                    best = r;
                    bestEnd = after;
                }
            }
            if (best == null && same.size() == 1) {
                best = same.get(0);
            }
            Agent agent = best != null ? best : Agent.of(family.get(), "");
            return Optional.of(new Named(agent, possessive(text, bestEnd)));
        }
        if (!Character.isUpperCase(word.charAt(0)) || word.length() < 3) {
            return Optional.empty();
        }
        List<Agent> owners = reviewers.stream().filter(r -> hasModelWord(r, word)).toList();
        if (owners.size() == 1 && reviewers.stream().filter(r -> r.family().equalsIgnoreCase(owners.get(0).family())).count() > 1) {
            // "Flash I1": the word tells one reviewer from another of its family.
            return Optional.of(new Named(owners.get(0), possessive(text, end)));
        }
        return Optional.empty();
    }

    /** The index past {@code r}'s model written after the family word that ends at {@code from}, or {@code from}. */
    private static int afterModel(String text, int from, Agent r, String familyWord) {
        String model = r.model();
        if (model.isEmpty()) {
            return from;
        }
        // A glued family word ("Qwen3") carries the start of the model: the rest must follow it.
        if (model.regionMatches(true, 0, familyWord, 0, familyWord.length())) {
            model = model.substring(familyWord.length()).strip();
            if (model.isEmpty()) {
                return from;
            }
        }
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == from || !text.regionMatches(true, i, model, 0, model.length())) {
            return from;
        }
        int end = i + model.length();
        boolean boundary = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return boundary ? end : from;
    }

    private static boolean hasModelWord(Agent r, String word) {
        for (String w : CharClass.splitAtSpaces(r.model())) {
            if (w.equalsIgnoreCase(word) && !w.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Past a possessive {@code 's} or {@code '} at {@code i}. */
    private static int possessive(String text, int i) {
        if (text.startsWith("'s", i) || text.startsWith("’s", i)) {
            return i + 2;
        }
        return i;
    }

    /**
     * Parses one agent as reports write it. The first word is the family when it is a known one, or
     * when {@code anyFamily} allows an unknown first word (the reviewers list defines families).
     */
    Optional<Agent> parse(String text, boolean anyFamily) {
        String t = Inline.plain(text).replace("[", "").replace("]", "").strip();
        String effort = "";
        int[] e = effortNote(t);
        if (e != null) {
            effort = effortWord(t.substring(e[1], e[2]).strip());
            t = (t.substring(0, e[0]) + t.substring(e[3])).strip();
        }
        t = withoutParentheses(t).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int space = firstSpace(t);
        String[] parts = space < 0 ? new String[] {t} : new String[] {t.substring(0, space), t.substring(CharClass.skipSpaces(t, space))};
        Optional<String> glued = gluedFamily(parts[0]);
        if (glued.isPresent()) {
            // "Qwen3 Coder Next", "GLM-4.7 Flash": the family word carries the version, so the whole
            // name is the model, as the gold guide writes it, and the family is what the pills say.
            return isModel(t) ? Optional.of(models.apply(new Agent(glued.get(), t, effort))) : Optional.empty();
        }
        Optional<String> family = family(parts[0]);
        if (family.isEmpty() && !(anyFamily && Character.isUpperCase(parts[0].charAt(0)))) {
            return Optional.empty();
        }
        String model = parts.length > 1 ? parts[1].strip() : "";
        if (family.isPresent() && !family.get().equalsIgnoreCase(parts[0])) {
            // An alias naming a product of a family ("Devstral 2" under Mistral): the product is part of the model.
            model = t;
        }
        if (!model.isEmpty() && !isModel(model)) {
            return Optional.empty();
        }
        return Optional.of(models.apply(new Agent(family.orElse(parts[0]), model, effort)));
    }

    /**
     * Resolves a parsed name to the reviewer it means: same family and model, or the family's only
     * reviewer when the name gives no model.
     */
    Optional<Agent> resolve(Agent named) {
        for (Agent r : reviewers) {
            if (r.equals(named)) {
                return Optional.of(r);
            }
        }
        List<Agent> sameFamily = reviewers.stream()
                .filter(r -> r.family().equalsIgnoreCase(named.family()))
                .toList();
        if (sameFamily.size() == 1 && !named.hasModel()) {
            return Optional.of(sameFamily.get(0));
        }
        if (sameFamily.size() == 1 && named.model().toLowerCase(Locale.ROOT)
                .startsWith(sameFamily.get(0).model().toLowerCase(Locale.ROOT) + " ")) {
            // "Claude Opus 4.6 Review" in an appendix heading is the reviewer Claude Opus 4.6.
            return Optional.of(sameFamily.get(0));
        }
        if (sameFamily.size() == 1 && !sameFamily.get(0).hasModel()) {
            // The reviewers list gave the family only; the more specific name wins.
            return Optional.of(named);
        }
        return Optional.empty();
    }

    /**
     * Reads a list of agents ({@code Claude Opus 4.6, Codex GPT 5.4}). Notes beside the names
     * ({@code [Gemini 3.1 Pro, verified]}) are passed over; empty when no part names an agent.
     */
    Optional<List<Agent>> parseList(String text) {
        List<Agent> out = new ArrayList<>();
        for (String part : listParts(Inline.plain(text))) {
            if (!part.isBlank()) {
                parse(part, false).ifPresent(out::add);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private static final String EFFORT = "effort";
    private static final int MAX_EFFORT_WORD = 40;
    private static final int MAX_MODEL_WORDS = 4;

    /** The text from its first letter (of any script) on. */
    static String fromFirstLetter(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    /** {@code (effort: xhigh)}, without regard to case: where it starts, where its setting starts and ends, and where it ends; or null. */
    static int[] effortNote(String s) {
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int word = CharClass.skipSpaces(s, open + 1);
            if (!CharClass.matchesAt(s, word, EFFORT)) {
                continue;
            }
            int colon = CharClass.skipSpaces(s, word + EFFORT.length());
            int close = colon < s.length() && s.charAt(colon) == ':' ? s.indexOf(')', colon + 1) : -1;
            if (close >= 0) {
                int setting = CharClass.skipSpaces(s, colon + 1);
                return new int[] {open, Math.min(setting, close), close, close + 1};
            }
        }
        return null;
    }

    /** The effort setting itself ({@code xhigh}), without a note the report adds after it ({@code xhigh — dropped}). */
    static String effortWord(String setting) {
        int end = 0;
        while (end < setting.length() && end < MAX_EFFORT_WORD && isModelChar(setting.charAt(end), "+")) {
            end++;
        }
        return setting.substring(0, end);
    }

    private static boolean isModelChar(char c, String more) {
        return CharClass.isWord(c) || c == '.' || c == '-' || more.indexOf(c) >= 0;
    }

    /** The text without its parenthesised notes (innermost ones: no parenthesis inside). */
    static String withoutParentheses(String s) {
        return Inline.withoutParenthesised(s, c -> c != '(');
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CharClass.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A model version: a short run of words and numbers, {@code Opus 4.6}, {@code GPT-5.4 mini}. */
    static boolean isModel(String s) {
        return !s.isEmpty() && CharClass.isLetterOrDigit(s.charAt(0))
                && Inline.isSpacedWords(s, s.length(), c -> isModelChar((char) c, ""), MAX_MODEL_WORDS);
    }

    /** A list of agents split at commas, "and", "&", "/" and "+", with the spaces around them. */
    static List<String> listParts(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int p = 0;
        while (p < s.length()) {
            int sep = CharClass.skipSpaces(s, p);
            int end = separatorEnd(s, sep);
            if (end < 0) {
                p = sep > p ? sep : p + 1;
                continue;
            }
            out.add(s.substring(start, p));
            start = CharClass.skipSpaces(s, end);
            p = start;
        }
        return Inline.splitResult(s, out, start);
    }

    /** Where a list separator at {@code i} ends, or -1. */
    private static int separatorEnd(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char c = s.charAt(i);
        if (c == ',' || c == '&' || c == '/' || c == '+') {
            return i + 1;
        }
        return s.startsWith("and", i) && CharClass.isBoundary(s, i) && CharClass.isBoundary(s, i + 3) ? i + 3 : -1;
    }
}
