package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Agent names in flattened text, where the pills that marked them are gone: bare family names after
 * a title, names glued together in a table header or on the line under a finding. Knows the
 * template's families and learns the others from the reviewers row. One per read.
 */
final class Attributions {
    /** One agent name: a family and a short model, as reviewers rows write them. */
    private static final Pattern AGENT_NAME = Pattern.compile("^[A-Z][\\w.\\-]*(?:\\s+[\\w.\\-]+){0,4}[,;]?$");
    private static final Pattern NAME_END = Pattern.compile("[,;]$");
    /** A tag group at the end of an attribution line: "(important, regression)". */
    private static final Pattern TRAILING_TAGS = Pattern.compile("\\((?<tags>[^()]{1,80})\\)$");
    /** Tags after a dash, as a later template sets them under the title: "Codex Gemini — important, regression". */
    private static final Pattern DASHED_TAGS = Pattern.compile("\\s+[—–]\\s+(?<tags>[a-z][a-z ,/-]{1,80})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** An attribution line is short; a longer line is prose. */
    private static final int MAX_ATTRIBUTION = 200;
    private static final int MAX_NAME = 40;

    private final Set<String> families = new LinkedHashSet<>(Vocabulary.FAMILIES);
    /** The reviewers' full names as the reviewers row gives them ("Gemini 3.5 Flash"), longest first. */
    private final List<String> names = new ArrayList<>();
    private static final Pattern EFFORT = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private Pattern familyPattern;
    private int familyPatternSize;

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
        for (String part : reviewers.replace('\n', ' ').split("[,;]")) {
            String p = part.strip();
            if (p.startsWith("~~")) {
                continue;
            }
            p = EFFORT.matcher(p).replaceAll("").strip();
            // "Claude Codex Gemini", "Claude Opus 4.6 Codex GPT 5.4": names a list did not separate.
            List<String> split = gluedNames(p);
            parts.addAll(split.size() >= 2 ? split : List.of(p));
        }
        for (String p : parts) {
            String w = SPACES.split(p)[0];
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
        while (end < t.length() && !isSpace(t.charAt(end))) {
            end++;
        }
        String w = t.substring(0, end).replace("[", "").replace("]", "");
        return families.contains(w);
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Splits "Claude Opus 4.6Codex GPT 5.4Gemini 3.1 Pro" where each family name begins. */
    List<String> gluedNames(String line) {
        if (familyPattern == null || familyPatternSize != families.size()) {
            // Families are learnt from the reviewers row, so the pattern is built per read.
            String alternatives = families.stream().map(Pattern::quote).collect(Collectors.joining("|"));
            familyPattern = Pattern.compile("(?:" + alternatives + ")(?![a-z])");
            familyPatternSize = families.size();
        }
        Matcher m = familyPattern.matcher(line);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
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
        Matcher t = TRAILING_TAGS.matcher(text);
        Matcher d = DASHED_TAGS.matcher(text);
        if (t.find()) {
            tags = FindingHeadBlock.tagsOf(t.group("tags"));
            text = text.substring(0, t.start()).strip();
        } else if (d.find()) {
            tags = FindingHeadBlock.tagsOf(d.group("tags"));
            text = text.substring(0, d.start()).strip();
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
            if (name.isEmpty() || name.length() > MAX_NAME || !AGENT_NAME.matcher(name).matches()) {
                return Optional.empty();
            }
            names.add(NAME_END.matcher(name).replaceAll(""));
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
                        if (SPACES.split(left).length >= keepWords && !left.isEmpty() || keepWords == 0) {
                            found.add(0, name);
                            rest = left;
                            more = true;
                            break;
                        }
                    }
                }
            }
        }
        String[] words = rest.isEmpty() ? new String[0] : SPACES.split(rest);
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
}
