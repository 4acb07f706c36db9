package dev.reviewstats.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences and semicolon clauses: at {@code .}, {@code !}, {@code ?} or {@code ;}
 * followed by white space, outside parentheses, brackets, quotes and code spans, and not after an
 * abbreviation ({@code e.g.}, {@code vs.}). A full stop splits only before a capital, a quote, a code
 * span or a digit, so "v1.2 ships" and "see the fix. then" stay whole. Linear in the text.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "cf", "approx", "incl", "no", "fig",
            "al", "mr", "dr");

    private Sentences() {
    }

    /**
     * One sentence or clause.
     *
     * @param text its text
     * @param afterSemicolon whether a semicolon ended the one before it (a list of like clauses)
     */
    record Sentence(String text, boolean afterSemicolon) {
    }

    static List<String> split(String text) {
        return sentences(text).stream().map(Sentence::text).toList();
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        boolean semicolon = false;
        int depth = 0;
        boolean code = false;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (code) {
                continue;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '(' || c == '[' || c == '“') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '”') && depth > 0) {
                depth--;
            } else if (depth == 0 && !quoted && (c == '.' || c == ';' || c == '!' || c == '?') && boundary(text, i)) {
                add(out, text.substring(start, i + 1), semicolon);
                semicolon = c == ';';
                start = i + 1;
            }
        }
        add(out, text.substring(start), semicolon);
        return out;
    }

    private static boolean boundary(String text, int i) {
        int next = i + 1;
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == ';') {
            return true;
        }
        char after = text.charAt(next);
        if (!(Character.isUpperCase(after) || Character.isDigit(after) || after == '"' || after == '`' || after == '“'
                || after == '\'' || after == '*' || after == '[' || after == '(')) {
            return false;
        }
        if (c == '.') {
            int w = i;
            while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
                w--;
            }
            return !ABBREVIATIONS.contains(text.substring(w, i).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static void add(List<Sentence> out, String sentence, boolean afterSemicolon) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(new Sentence(s, afterSemicolon));
        }
    }
}
