package dev.reviewstats.internal.flattened;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What text extractors add to a page or mangle in it, set right before the lines are read: lynx's
 * link numbers ({@code Executive Summary [5]}, {@code PR [3]#316}) and the reference list it appends,
 * and UTF-8 that was read as Latin-1 ({@code â} and two control characters for an em dash, as
 * html2text writes at its default settings). A repaired character keeps the columns its bytes took,
 * so tables set in columns of spaces stay aligned. Every change is one note.
 */
final class ExtractorArtifacts {
    /** How far from the end lynx's reference list may start, in lines: it lists every link of the page. */
    private static final String REFERENCES = "References";

    private ExtractorArtifacts() {
    }

    /**
     * The text set right, the text as the extractor laid it out (the same lines, link numbers still
     * in: lynx wrapped its lines with them, so where a line broke is measured there), and what was done.
     */
    record Cleaned(String text, String layout, List<Diagnostic> notes) {
        Cleaned {
            notes = List.copyOf(notes);
        }
    }

    static Cleaned clean(String text) {
        List<Diagnostic> notes = new ArrayList<>();
        String repaired = repairMojibake(text, notes);
        return new Cleaned(lynxLinks(repaired, notes), repaired, notes);
    }

    /**
     * Sequences of a lead character (U+00C2–U+00F4) and continuation characters (U+0080–U+00BF) that
     * are valid UTF-8, decoded again. An extractor that writes such text laid its columns out by the
     * bytes it wrote, so on a line set in columns (one with a gap of two or more spaces) each repaired
     * character, and each other non-ASCII one, adds the spaces its bytes took to the gap that ends its
     * cell, so that the cell stays whole and the next column starts where the extractor put it.
     */
    private static String repairMojibake(String text, List<Diagnostic> notes) {
        if (!hasMojibake(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int repaired = 0;
        int firstLine = -1;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            boolean columns = LineGrammar.hasColumnGap(line.strip());
            StringBuilder out = new StringBuilder(line.length());
            int pad = 0;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                int need = leadOf(c);
                String decoded = need > 0 && continuations(line, i + 1, need) ? decode(line, i, need + 1) : null;
                if (decoded != null) {
                    out.append(decoded);
                    pad += utf8Length(line.substring(i, i + need + 1)) - decoded.length();
                    repaired++;
                    firstLine = firstLine < 0 ? n + 1 : firstLine;
                    i += need + 1;
                    continue;
                }
                if (c == ' ' && pad > 0 && (i + 1 >= line.length() || line.charAt(i + 1) == ' ')) {
                    // At the gap that ends the cell: the cell's own text is not spread out.
                    out.append(columns ? " ".repeat(pad) : "");
                    pad = 0;
                }
                out.append(c);
                pad += c > '\u007F' ? utf8Length(String.valueOf(c)) - 1 : 0;
                i++;
            }
            if (columns && pad > 0) {
                out.append(" ".repeat(pad));
            }
            lines[n] = out.toString();
        }
        notes.add(Diagnostic.of(DiagnosticCode.EXTRACTOR_ARTIFACT, repaired + " character(s) were UTF-8 read as Latin-1"
                + " (as html2text writes by default) and were read as UTF-8 again", Math.max(1, firstLine)));
        return String.join("\n", lines);
    }

    private static boolean hasMojibake(String text) {
        for (int i = 0; i < text.length(); i++) {
            int need = leadOf(text.charAt(i));
            if (need > 0 && continuations(text, i + 1, need) && decode(text, i, need + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** How many continuation characters a lead character of UTF-8 read as Latin-1 wants; 0 for none. */
    private static int leadOf(char c) {
        return c >= '\u00C2' && c <= '\u00DF' ? 1 : c >= '\u00E0' && c <= '\u00EF' ? 2 : c >= '\u00F0' && c <= '\u00F4' ? 3 : 0;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean continuations(String text, int from, int n) {
        if (from + n > text.length()) {
            return false;
        }
        for (int k = from; k < from + n; k++) {
            char c = text.charAt(k);
            if (c < '\u0080' || c > '\u00BF') {
                return false;
            }
        }
        return true;
    }

    /** The Latin-1 characters from {@code from} as the UTF-8 bytes they were, decoded; null when invalid. */
    private static String decode(String text, int from, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) text.charAt(from + k);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * lynx's reference list ("References", then numbered addresses, to the end) is set aside, and so
     * are the link numbers it put into the text; a page without that list keeps every bracket.
     */
    private static String lynxLinks(String text, List<Diagnostic> notes) {
        String[] lines = text.split("\n", -1);
        int references = -1;
        for (int k = lines.length - 1; k >= 0; k--) {
            if (lines[k].strip().equals(REFERENCES) && listsAddresses(lines, k + 1)) {
                references = k;
                break;
            }
        }
        if (references < 0) {
            return text;
        }
        int markers = 0;
        for (int k = 0; k < lines.length; k++) {
            if (k >= references) {
                lines[k] = "";
                continue;
            }
            String stripped = stripMarkers(lines[k]);
            if (!stripped.equals(lines[k])) {
                markers++;
                lines[k] = stripped;
            }
        }
        notes.add(Diagnostic.of(DiagnosticCode.EXTRACTOR_ARTIFACT, "lynx's link numbers (on " + markers
                + " line(s)) and its reference list from line " + (references + 1) + " were set aside", references + 1));
        return String.join("\n", lines);
    }

    /** Whether numbered addresses follow (blank lines and lynx's "Visible links" captions aside). */
    private static boolean listsAddresses(String[] lines, int from) {
        for (int k = from; k < lines.length && k < from + 5; k++) {
            String l = lines[k].strip();
            if (l.isEmpty() || l.endsWith("links:") || l.endsWith("links")) {
                continue;
            }
            int dot = l.indexOf(". ");
            return dot > 0 && dot <= 5 && l.substring(0, dot).chars().allMatch(Character::isDigit)
                    && l.substring(dot + 2).contains(":");
        }
        return false;
    }

    /** "[12]" removed wherever it stands. */
    private static String stripMarkers(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '[') {
                int j = i + 1;
                while (j < line.length() && j - i <= 5 && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < line.length() && line.charAt(j) == ']') {
                    i = j + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
