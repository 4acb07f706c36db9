package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agent names in flattened text, where the pills that marked them are gone: bare family names after
 * a title, names glued together in a table header or on the line under a finding. Knows the
 * template's families and learns the others from the reviewers row. One per read.
 */
final class Attributions {
    /** An attribution line is short; a longer line is prose. */
    private static final int MAX_ATTRIBUTION = 200;
    private static final int MAX_NAME = 40;

    private final Set<String> families = new LinkedHashSet<>(Vocabulary.FAMILIES);
    /** The reviewers' full names as the reviewers row gives them ("Gemini 3.5 Flash"), longest first. */
    private final List<String> names = new ArrayList<>();
    /** Tags after a dash hold at most this many characters after their first letter. */
    private static final int MAX_DASHED_TAGS = 80;
    /** An agent's name is its family and at most four more words. */
    private static final int MAX_NAME_WORDS = 5;

    /** Agents and tags read off a line. */
    record Named(String text, List<String> agents, List<String> tags) {
    }

    boolean isFamily(String word) {
        return families.contains(word);
    }

    /**
     * Learns the families and full names of a reviewers row ("Claude Opus 4.6, Codex GPT 5.4 (effort:
     * high); ~~Gemini~~"): the names are the dictionary that splits glued and wrapped attributions, so a
     * model the tool has never met still splits.
     */
    void learn(String reviewers) {
        List<String> parts = new ArrayList<>();
        for (String part : atCommasAndSemicolons(reviewers.replace('\n', ' '))) {
            String p = part.strip();
            if (p.startsWith("~~")) {
                continue;
            }
            p = withoutEffort(p).strip();
            // "Claude Codex Gemini", "Claude Opus 4.6 Codex GPT 5.4": names a list did not separate.
            List<String> split = gluedNames(p);
            parts.addAll(split.size() >= 2 ? split : List.of(p));
        }
        for (String p : parts) {
            String w = CharClass.splitAtSpaces(p)[0];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && p.length() <= MAX_NAME) {
                families.add(w);
                if (!names.contains(p) && p.contains(" ")) {
                    names.add(p);
                    names.sort(java.util.Comparator.comparingInt(String::length).reversed());
                }
            }
        }
    }

    /** The reviewers' full names learnt so far. */
    List<String> names() {
        return List.copyOf(names);
    }

    boolean startsWithFamily(String text) {
        // Asked of every line: the first word is found by a scan, not by splitting the whole line.
        String t = text.strip();
        int end = 0;
        while (end < t.length() && !CharClass.isSpace(t.charAt(end))) {
            end++;
        }
        String w = t.substring(0, end).replace("[", "").replace("]", "");
        return families.contains(w);
    }


    /** Splits "Claude Opus 4.6Codex GPT 5.4Gemini 3.1 Pro" where each family name begins. */
    List<String> gluedNames(String line) {
        // A family name not followed by a small letter starts a name; the first family that fits wins.
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < line.length(); ) {
            int end = -1;
            for (String family : families) {
                int after = i + family.length();
                if (line.startsWith(family, i) && !(after < line.length() && line.charAt(after) >= 'a' && line.charAt(after) <= 'z')) {
                    end = after;
                    break;
                }
            }
            if (end < 0 || end == i) {
                i++;
            } else {
                starts.add(i);
                i = end;
            }
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : line.length();
            names.add(line.substring(starts.get(k), end).strip());
        }
        return names;
    }

    /**
     * A line that is only agent names, glued or spaced, with an optional tag group:
     * "Codex GPT 5.4Gemini 3.1 Pro(important, regression)", "Codex Gemini — important, regression".
     */
    Optional<Named> attributionLine(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_ATTRIBUTION) {
            return Optional.empty();
        }
        List<String> tags = List.of();
        int[] t = LineGrammar.trailingTags(text);
        int[] d = t == null ? dashedTags(text) : null;
        if (t != null) {
            tags = FindingHeadBlock.tagsOf(text.substring(t[1], t[2]));
            text = text.substring(0, t[0]).strip();
        } else if (d != null) {
            tags = FindingHeadBlock.tagsOf(text.substring(d[1], d[2]));
            text = text.substring(0, d[0]).strip();
        }
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            for (String family : families) {
                if (text.startsWith(family, k) && startsName(text, k, family)) {
                    starts.add(k);
                    break;
                }
            }
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            String name = text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length()).strip();
            if (name.isEmpty() || name.length() > MAX_NAME || !isAgentName(name)) {
                return Optional.empty();
            }
            names.add(name.endsWith(",") || name.endsWith(";") ? name.substring(0, name.length() - 1) : name);
        }
        return Optional.of(new Named("", names, tags));
    }

    /**
     * Whether a family name at {@code k} starts an agent's name rather than sitting inside a word: it
     * is not followed by a lower-case letter, and not preceded by a capital unless that capital ends a
     * size such as "27B" ("Qwen 3.6 27BClaude Opus 5.5").
     */
    private static boolean startsName(String text, int k, String family) {
        int end = k + family.length();
        if (end < text.length() && Character.isLowerCase(text.charAt(end))) {
            return false;
        }
        if (k == 0 || !Character.isUpperCase(text.charAt(k - 1))) {
            return true;
        }
        return k >= 2 && Character.isDigit(text.charAt(k - 2));
    }

    /** A word that is family names run together ("ClaudeCodex"), split; empty when it is not. */
    private List<String> gluedFamilies(String word) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < word.length()) {
            String match = null;
            for (String family : families) {
                if (word.startsWith(family, at) && (match == null || family.length() > match.length())) {
                    match = family;
                }
            }
            if (match == null) {
                return List.of();
            }
            out.add(match);
            at += match.length();
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** "text Claude Codex": the text before the family names that end it, and the names; empty when none does. */
    Optional<Named> trailing(String text) {
        return trailing(text, 1);
    }

    /**
     * As {@link #trailing(String)}, keeping at least {@code keepWords} words of text: a title keeps
     * one, an observation's text may be the names alone. The reviewers' full names are taken off the
     * end first, spaced or glued ("… strands it Claude Opus 5Codex GPT 5.6 Sol"); then bare family names.
     */
    Optional<Named> trailing(String text, int keepWords) {
        String rest = text.strip();
        List<String> found = new ArrayList<>();
        boolean more = true;
        while (more) {
            more = false;
            for (String name : names) {
                if (rest.endsWith(name) && rest.length() > name.length()) {
                    int at = rest.length() - name.length();
                    char before = rest.charAt(at - 1);
                    // Spaced, or glued after another name's end ("5.5Codex"), never inside a word.
                    if (Character.isWhitespace(before) || Character.isDigit(before) || Character.isUpperCase(before)
                            || before == ')') {
                        String left = rest.substring(0, at).strip();
                        if (CharClass.splitAtSpaces(left).length >= keepWords && !left.isEmpty() || keepWords == 0) {
                            found.add(0, name);
                            rest = left;
                            more = true;
                            break;
                        }
                    }
                }
            }
        }
        String[] words = rest.isEmpty() ? new String[0] : CharClass.splitAtSpaces(rest);
        int k = words.length;
        while (k > keepWords) {
            List<String> glued = families.contains(words[k - 1]) ? List.of(words[k - 1]) : gluedFamilies(words[k - 1]);
            if (glued.isEmpty()) {
                break;
            }
            found.addAll(0, glued);
            k--;
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Named(String.join(" ", Arrays.copyOf(words, k)), found, List.of()));
    }

    /** One agent name, a family and a short model as reviewers rows write them: {@code Claude Opus 4.6,}. */
    static boolean isAgentName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        int end = s.endsWith(",") || s.endsWith(";") ? s.length() - 1 : s.length();
        return Inline.isSpacedWords(s, end, c -> isNameChar((char) c), MAX_NAME_WORDS);
    }

    private static boolean isNameChar(char c) {
        return CharClass.isWord(c) || c == '.' || c == '-';
    }

    /** Tags after a dash that end a line, {@code Codex Gemini — important, regression}: where the dash's spaces start and the tags start and end; or null. */
    static int[] dashedTags(String s) {
        return Inline.spacedDash(s, from -> {
            if (from >= s.length() || s.charAt(from) < 'a' || s.charAt(from) > 'z') {
                return -1;
            }
            int end = from + 1;
            while (end < s.length() && isTagChar(s.charAt(end))) {
                end++;
            }
            return end - from - 1 >= 1 && end - from - 1 <= MAX_DASHED_TAGS && CharClass.isInputEnd(s, end) ? end : -1;
        });
    }

    private static boolean isTagChar(char c) {
        return (c >= 'a' && c <= 'z') || c == ' ' || c == ',' || c == '/' || c == '-';
    }

    /**
     * The reviewer's name without the note in parentheses that ends it, {@code Codex GPT 5.4 (effort:
     * high)}, and the spaces around that note.
     */
    static String withoutEffort(String s) {
        int best = -1;
        int bestEnd = -1;
        for (int end = s.length(); end >= s.length() - 2 && end >= 0; end--) {
            if (!CharClass.isInputEnd(s, end)) {
                continue;
            }
            int close = end;
            while (close > 0 && CharClass.isSpace(s.charAt(close - 1))) {
                close--;
            }
            if (close == 0 || s.charAt(close - 1) != ')') {
                continue;
            }
            int open = close - 2;
            while (open >= 0 && s.charAt(open) != '(' && s.charAt(open) != ')') {
                open--;
            }
            if (open < 0 || s.charAt(open) != '(') {
                continue;
            }
            int start = open;
            while (start > 0 && CharClass.isSpace(s.charAt(start - 1))) {
                start--;
            }
            if (best < 0 || start < best) {
                best = start;
                bestEnd = matchEnd(s, close);
            }
        }
        return best < 0 ? s : s.substring(0, best) + s.substring(bestEnd);
    }

    /** Where the spaces after a note end, as far as {@code \\s*$} takes them. */
    private static int matchEnd(String s, int close) {
        int end = CharClass.skipSpaces(s, close);
        while (end > close && !CharClass.isInputEnd(s, end)) {
            end--;
        }
        return end;
    }

    /** The text split at each comma and semicolon, trailing empty parts dropped, as {@code split("[,;]")} splits it. */
    static List<String> atCommasAndSemicolons(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',' || s.charAt(i) == ';') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        int size = out.size();
        while (size > 1 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return size == 1 && out.get(0).isEmpty() && out.size() > 1 ? List.of() : out.subList(0, size);
    }
}
