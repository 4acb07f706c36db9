package dev.reviewstats.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON output safe for a terminal: besides the control characters JSON escapes anyway, C1 controls,
 * the bidirectional controls and marks, and the Unicode line and paragraph separators are written as
 * {@code \\uXXXX}. The JSON means the same; a crafted report name printed to a terminal cannot reorder
 * or hide what a reader sees.
 */
public final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = asciiEscapes();

    private static int[] asciiEscapes() {
        int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
        e[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        return e;
    }

    /**
     * The mapper with these escapes on its factory.
     *
     * @param mapper the mapper
     * @return the same mapper
     */
    public static ObjectMapper on(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
        return mapper;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return escaped(ch) ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
    }

    /** Whether {@code ch} is one the terminal-safe rule escapes beyond ASCII. */
    static boolean escaped(int ch) {
        return (ch >= 0x7f && ch <= 0x9f) || ch == 0x061c || ch == 0x200e || ch == 0x200f || (ch >= 0x2028 && ch <= 0x202e)
                || (ch >= 0x2066 && ch <= 0x2069);
    }
}
