package dev.reviewstats.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scans' character classes are the patterns' own: each is checked against {@link Pattern} itself. */
class CharClassTest {
    private static final List<String> WORDS = List.of("critical", "important", "crit");
    private static final Pattern WORD_ALTERNATIVES = Pattern.compile("(?i)\\b(?:critical|important|crit)\\b");
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of("critical", "CRITICAL", "Crit", "important", "a", "_", "1", " ", "-", "é", "\u0301", "\u0300",
                "\uD835\uDC00", "ı", "K", "\u212A", "\t", "\n", "\r", "\u2028", "\u0085", ".", "x").list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 5000)
    void boundaryIsThePatternsBoundary(@ForAll("text") String s) {
        Matcher m = BOUNDARY.matcher(s);
        for (int i = 0; i <= s.length(); i++) {
            assertThat(CharClass.isBoundary(s, i)).as("%s at %d", s, i).isEqualTo(m.find(i) && m.start() == i);
        }
    }

    @Property(tries = 5000)
    void inputEndIsThePatternsDollar(@ForAll("text") String text, @ForAll boolean crlf) {
        String s = crlf ? text + "\r\n" : text;
        Matcher m = Pattern.compile("$").matcher(s);
        for (int i = 0; i <= s.length(); i++) {
            assertThat(CharClass.isInputEnd(s, i)).as("%s at %d", s, i).isEqualTo(m.find(i) && m.start() == i);
        }
    }

    @Property(tries = 5000)
    void findWordFindsWhereThePatternFinds(@ForAll("text") String s) {
        Matcher m = WORD_ALTERNATIVES.matcher(s);
        assertThat(CharClass.findWord(s, WORDS, true)).as(s).isEqualTo(m.find() ? m.start() : -1);
        Matcher exact = Pattern.compile("\\b(?:critical|important|crit)\\b").matcher(s);
        assertThat(CharClass.findWord(s, WORDS, false)).as(s).isEqualTo(exact.find() ? exact.start() : -1);
    }

    @Property(tries = 2000)
    void spacesAndDigitsAreTheirAsciiClasses(@ForAll char c) {
        String s = String.valueOf(c);
        assertThat(CharClass.isSpace(c)).isEqualTo(s.matches("\\s"));
        assertThat(CharClass.isDigit(c)).isEqualTo(s.matches("\\d"));
        assertThat(CharClass.isWord(c)).isEqualTo(s.matches("\\w"));
        assertThat(CharClass.isLineTerminator(c)).isEqualTo(!s.matches("."));
        assertThat(CharClass.matchesAt(s, 0, "k")).isEqualTo(s.matches("(?i)k"));
    }

    @Example
    void capitalsOutsideAsciiAreNotSmallLetters() {
        assertThat(CharClass.matchesAt("CRITICAL", 0, "critical")).isTrue();
        assertThat(CharClass.matchesAt("\u212Aey", 0, "key")).isFalse();
        assertThat(CharClass.matchesAt("cr", 0, "critical")).isFalse();
        assertThat(CharClass.findWord("critical\u0301", WORDS, true)).isEqualTo(-1);
        assertThat(CharClass.skipSpaces("  \u00A0x", 0)).isEqualTo(2);
        assertThat(CharClass.skipDigits("12a", 0)).isEqualTo(2);
    }

    @Property(tries = 2000)
    void toLowerAsciiFoldsAsThePatternsCaseInsensitivityAndKeepsOffsets(@ForAll("text") String s) {
        String lower = CharClass.toLowerAscii(s);
        assertThat(lower).hasSameSizeAs(s);
        for (int i = 0; i < s.length(); i++) {
            String one = String.valueOf(s.charAt(i));
            assertThat(Pattern.compile(Pattern.quote(one), Pattern.CASE_INSENSITIVE)
                    .matcher(String.valueOf(lower.charAt(i))).matches()).as(one).isTrue();
        }
        assertThat(CharClass.toLowerAscii("İT K Fix")).isEqualTo("İt K fix");
    }
}
