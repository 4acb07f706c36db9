package dev.reviewstats.internal.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes report bytes: UTF-8 by default, UTF-16 when a byte-order mark says so; CRLF and CR become LF. */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String text = null;
        boolean malformed = false;
        if (charset == StandardCharsets.UTF_8) {
            // The String constructor is the JDK's fastest decoder but replaces bad bytes silently; only
            // text that then holds U+FFFD needs the strict decoder to tell bad bytes from a real U+FFFD.
            String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            text = fast.indexOf('\uFFFD') < 0 ? fast : null;
        }
        if (text == null) {
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            } catch (CharacterCodingException e) {
                malformed = true;
                text = charset.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            }
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new DecodedText(text, malformed, charset.name());
    }

    /** Whether bytes look binary: a NUL byte where no UTF-16 mark explains it. */
    public static boolean looksBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
        if (utf16) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
