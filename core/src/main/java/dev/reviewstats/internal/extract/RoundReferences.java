package dev.reviewstats.internal.extract;

import static dev.reviewstats.internal.outline.CharClass.isBoundary;
import static dev.reviewstats.internal.outline.CharClass.matchesAt;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings of earlier rounds a finding names, read by a scan of its text, without regard to case:
 * {@code Round 1's S2}, {@code R1 S2}, {@code round 2 I1}, and {@code carried over from round 1 S2}
 * or {@code raised in round 2}. Each reference is written {@code R1 S2}, or {@code R2} when it names
 * no finding. {@code RoundReferencesTest} checks the scan against the patterns it replaced.
 */
final class RoundReferences {
    /** Words that lead "round N" to say where a finding comes from, in the order they are tried. */
    private static final List<String> FROM_WORDS = List.of("from", "in", "since", "raised in", "carried over from");
    private static final String ROUND = "round";
    /** The letters a reference starts with, in small letters: round or R, and the from-words. */
    private static final String FIRST_LETTERS = "rfisc";
    private static final int MAX_ROUND_DIGITS = 2;
    /** A finding named after its round ("Round 12's S2") may carry a round of up to three digits. */
    private static final int MAX_NAMED_ROUND_DIGITS = 3;

    private RoundReferences() {
    }

    /** Every earlier-round reference in {@code text}, left to right. */
    static List<String> inText(String text) {
        return scan(text, MAX_ROUND_DIGITS, true);
    }

    /** Every finding named with its round in a sentence ({@code Round 1's S2}, {@code R1 S2}), written {@code R1 S2}. */
    static List<String> namedFindings(String sentence) {
        return scan(sentence, MAX_NAMED_ROUND_DIGITS, false);
    }

    /** The references at word starts, left to right; with {@code from}, also "from round N". */
    private static List<String> scan(String s, int maxRoundDigits, boolean from) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < s.length(); ) {
            // Every reference starts with one of a few letters; the boundary test costs more than the letter's.
            boolean mayStart = FIRST_LETTERS.indexOf(s.charAt(p) | 0x20) >= 0 && isBoundary(s, p);
            int[] at = !mayStart ? null : named(s, p, maxRoundDigits);
            at = at != null || !from || !mayStart ? at : fromRound(s, p);
            if (at == null) {
                p++;
                continue;
            }
            out.add("R" + s.substring(at[0], at[1]) + (at[2] < 0 ? "" : " " + s.substring(at[2], at[3])));
            p = at[4];
        }
        return out;
    }

    /** {@code round 1's S2} or {@code R1 S2} at {@code p}: where the round's digits and the id start and end, and where the reference ends; or null. */
    private static int[] named(String s, int p, int maxRoundDigits) {
        int afterRound = matchesAt(s, p, ROUND) ? skipSpaces(s, p + ROUND.length()) : -1;
        int afterR = matchesAt(s, p, "r") ? p + 1 : -1;
        for (int digits : new int[] {afterRound, afterR}) {
            int end = digits < 0 ? digits : skipDigits(s, digits);
            if (end <= digits || end - digits > maxRoundDigits) {
                continue;
            }
            // Without a possessive that leads to an id there is none: its apostrophe is no space.
            int space = matchesAt(s, end, "'s") ? end + 2 : end;
            int id = skipSpaces(s, space);
            int idEnd = id > space ? idEnd(s, id) : -1;
            if (idEnd >= 0) {
                return new int[] {digits, end, id, idEnd, idEnd};
            }
        }
        return null;
    }

    /** Where an id ({@code S2}, any case) that starts at {@code at} and ends at a word boundary ends, or -1. */
    private static int idEnd(String s, int at) {
        if (at >= s.length() || "cisCIS".indexOf(s.charAt(at)) < 0) {
            return -1;
        }
        int end = skipDigits(s, at + 1);
        return end > at + 1 && end - at - 1 <= Vocabulary.FINDING_NUMBER_DIGITS && isBoundary(s, end) ? end : -1;
    }

    /**
     * {@code from round 1 S2}, {@code raised in round 2} at {@code p}: where the round's digits start and
     * end, where the id starts and ends (-1 when none), and where the reference ends; or null.
     */
    private static int[] fromRound(String s, int p) {
        for (String word : FROM_WORDS) {
            if (!matchesAt(s, p, word)) {
                continue;
            }
            int round = skipSpaces(s, p + word.length());
            if (round == p + word.length() || !matchesAt(s, round, ROUND)) {
                continue;
            }
            int digits = skipSpaces(s, round + ROUND.length());
            int end = skipDigits(s, digits);
            if (digits == round + ROUND.length() || end == digits || end - digits > MAX_ROUND_DIGITS) {
                continue;
            }
            int id = skipSpaces(s, end);
            int idEnd = id > end ? idEnd(s, id) : -1;
            if (idEnd >= 0) {
                return new int[] {digits, end, id, idEnd, idEnd};
            }
            if (isBoundary(s, end)) {
                return new int[] {digits, end, -1, -1, end};
            }
        }
        return null;
    }
}
