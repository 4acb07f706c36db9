package dev.reviewstats.internal.extract;

import static dev.reviewstats.internal.outline.CharClass.matchesAt;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.Paragraph;
import java.util.Optional;

/**
 * The labels a paragraph opens with, bold ({@code **Fix:** …}, {@code **Reconciliation.** …}) or
 * not, as a flattened page leaves them ({@code Fix: …}). Bold is the lead the front end stamped on
 * the paragraph; what is read here is the template's own words, never the markers.
 */
final class Labels {
    private static final String SUGGESTED = "suggested";
    private static final String FIX = "fix";
    private static final String RECONCILIATION = "reconciliation";
    /** What may stand between an unbolded label and its text. */
    private static final String LABEL_ENDS = ":.—–-";

    private Labels() {
    }

    /**
     * The text after a {@code Fix:} or {@code Suggested fix:} label, the label bold or not and the
     * colon inside the bold or after it; empty when the paragraph opens with no such label.
     */
    static Optional<String> fix(Paragraph p) {
        String t = p.lead().map(l -> l.title() + l.rest()).orElse(p.text()).strip();
        int i = 0;
        if (matchesAt(t, 0, SUGGESTED) && skipSpaces(t, SUGGESTED.length()) > SUGGESTED.length()) {
            i = skipSpaces(t, SUGGESTED.length());
        }
        if (!matchesAt(t, i, FIX)) {
            return Optional.empty();
        }
        i = skipSpaces(t, i + FIX.length());
        if (i >= t.length() || t.charAt(i) != ':') {
            return Optional.empty();
        }
        return Optional.of(t.substring(skipSpaces(t, i + 1)));
    }

    /**
     * The text after a {@code Reconciliation} label: in bold, with at most a colon or full stop inside
     * it, or unbolded and followed by a colon, full stop or dash; empty when there is none.
     */
    static Optional<String> reconciliation(Paragraph p) {
        Optional<Lead> lead = p.lead();
        if (lead.isPresent()) {
            String title = lead.get().title();
            int i = labelEnd(title);
            if (i < 0) {
                return Optional.empty();
            }
            i = skipSpaces(title, i);
            if (i < title.length() && (title.charAt(i) == ':' || title.charAt(i) == '.')) {
                i = skipSpaces(title, i + 1);
            }
            return i == title.length() ? Optional.of(lead.get().text()) : Optional.empty();
        }
        String t = p.text().strip();
        int i = labelEnd(t);
        if (i < 0) {
            return Optional.empty();
        }
        i = skipSpaces(t, i);
        if (i >= t.length() || LABEL_ENDS.indexOf(t.charAt(i)) < 0) {
            return Optional.empty();
        }
        return Optional.of(t.substring(skipSpaces(t, i + 1)));
    }

    private static int labelEnd(String s) {
        return matchesAt(s, 0, RECONCILIATION) ? RECONCILIATION.length() : -1;
    }
}
