package dev.reviewstats.internal.outline;

import java.util.Objects;
import java.util.Optional;

/**
 * Inline text that opens with bold: an item's title ({@code **Title** — text}), a bold paragraph
 * standing for a heading ({@code **Concerns**}), a verdict ({@code **Merge** — reason}). The outline
 * writes bold as {@code **…**} in every form; each front end stamps the lead on the paragraphs and list
 * items it makes (Markdown's from its syntax tree, the others by {@link #of} over the text they wrote or
 * were given), so the extractors ask a block for its lead and never look for the markers.
 *
 * @param title the bold text, as inline text (its own markers kept), never empty
 * @param rest what follows the closing {@code **}, as inline text, unstripped
 */
public record Lead(String title, String rest) {
    private static final String BOLD = "**";

    public Lead {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rest, "rest");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a lead has a title");
        }
    }

    /**
     * The lead of inline text, white space around it aside: the text from an opening {@code **} to
     * the first {@code **} after at least one character.
     *
     * @param inline inline text as the outline holds it
     * @return the lead, or empty when the text does not open with bold
     */
    public static Optional<Lead> of(String inline) {
        String s = inline.strip();
        if (!s.startsWith(BOLD)) {
            return Optional.empty();
        }
        int close = s.indexOf(BOLD, BOLD.length() + 1);
        if (close < 0) {
            return Optional.empty();
        }
        return Optional.of(new Lead(s.substring(BOLD.length(), close), s.substring(close + BOLD.length())));
    }

    /**
     * Whether the bold is all there is, but for a colon after it: {@code **Concerns**} or
     * {@code **Concerns**:}.
     */
    public boolean standsAlone() {
        String r = afterSpace(rest, 0);
        return r.isEmpty() || r.equals(":");
    }

    /**
     * What follows the bold with the one separator between them gone: white space, then at most one
     * of {@code : . — – -}, then white space.
     */
    public String text() {
        String r = afterSpace(rest, 0);
        if (!r.isEmpty() && ":.—–-".indexOf(r.charAt(0)) >= 0) {
            r = afterSpace(r, 1);
        }
        return r;
    }

    /** {@code s} from {@code from} on, without the ASCII white space ({@code \s}) that starts it. */
    private static String afterSpace(String s, int from) {
        return s.substring(CharClass.skipSpaces(s, from));
    }
}
