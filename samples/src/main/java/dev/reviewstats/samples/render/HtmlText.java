package dev.reviewstats.samples.render;

/**
 * Text made safe to stand in HTML, in element content and in double-quoted attribute values, for the
 * HTML fixture renderer, which writes the review tool's pages byte by byte as that tool does. (The
 * retro page is built with jsoup's element API, which escapes on its own.)
 */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * The text with {@code &}, {@code <}, {@code >} and {@code "} as character references.
     *
     * @param text the text to escape; {@code null} is taken as empty
     * @return the escaped text
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String ref = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (ref != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (ref != null) {
                    out.append(ref);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
