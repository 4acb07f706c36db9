package dev.reviewstats.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Plain text from inline markup: the character scans give what the regular expressions they replaced gave. */
class InlineTest {
    /** The patterns {@link Inline#plain} used before it scanned characters, kept as the reference. */
    private static final Pattern MARKERS = Pattern.compile("\\*\\*|__|~~|`");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private static String reference(String inline) {
        String s = MARKERS.matcher(inline).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    @Provide
    Arbitrary<String> inlineText() {
        return Arbitraries.strings().withChars("*_~` \t\u00A0\nab1.,-—é").ofMaxLength(40);
    }

    @Property(tries = 5000)
    void agreesWithTheRegularExpressions(@ForAll("inlineText") String s) {
        assertThat(Inline.plain(s)).isEqualTo(reference(s));
    }

    @Example
    void removesMarkersAndUnwrapsEmphasis() {
        assertThat(Inline.plain("**Leaks** a `handle` in *one*  place ~~twice~~")).isEqualTo("Leaks a handle in one place twice");
        assertThat(Inline.plain("a*b*c and * not emphasis *")).isEqualTo("a*b*c and * not emphasis *");
        assertThat(Inline.plain("read_file, run_shell_command\u00A0\t x")).isEqualTo("read_file, run_shell_command x");
    }
}
