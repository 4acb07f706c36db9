package dev.reviewstats.internal.read;

/**
 * Input bytes as text with {@code \n} line ends.
 *
 * @param text the text
 * @param malformed whether undecodable bytes were replaced with U+FFFD
 * @param charset the encoding used
 */
public record DecodedText(String text, boolean malformed, String charset) {
}
