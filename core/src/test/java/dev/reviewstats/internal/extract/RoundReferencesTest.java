package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** References to earlier rounds: the scan finds what the patterns it replaced, kept here, found. */
class RoundReferencesTest {
    private static final Pattern EARLIER_ROUND = Pattern.compile(
            "(?i)\\b(?:round\\s*|R)(?<round>\\d{1,2})(?:'s)?\\s+(?<id>[CIS]\\d{1,6})\\b"
                    + "|\\b(?:from|in|since|raised in|carried over from)\\s+round\\s+(?<only>\\d{1,2})(?:\\s+(?<onlyId>[CIS]\\d{1,6}))?\\b");
    private static final Pattern NAMED_FINDING = Pattern.compile("(?i)\\b(?:round\\s*|R)(?<round>\\d{1,3})(?:'s)?\\s+(?<id>[CIS]\\d{1,6})\\b");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("round", "Round", "ROUND", "R", "r", "1", "12", "123", "'s", "'S", " ", "  ", "\n", "S2", "s2", "I1", "C1234567", "x",
                "from", "in", "since", "raised in", "carried over from", "around", "fix", ".", "é", "_", "a").list().ofMaxSize(10)
                .map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void findsWhatThePatternsFound(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>();
        Matcher r = EARLIER_ROUND.matcher(text);
        while (r.find()) {
            expected.add(r.group("round") != null ? "R" + r.group("round") + " " + r.group("id")
                    : "R" + r.group("only") + (r.group("onlyId") != null ? " " + r.group("onlyId") : ""));
        }
        assertThat(RoundReferences.inText(text)).as(text).isEqualTo(expected);
        List<String> named = new ArrayList<>();
        Matcher n = NAMED_FINDING.matcher(text);
        while (n.find()) {
            named.add("R" + n.group("round") + " " + n.group("id"));
        }
        assertThat(RoundReferences.namedFindings(text)).as(text).isEqualTo(named);
    }

    @Example
    void readsTheReferencesReportsWrite() {
        assertThat(RoundReferences.inText("Carried over from round 1 S2; Round 2's I1 again; raised in round 3."))
                .containsExactly("R1 S2", "R2 I1", "R3");
        assertThat(RoundReferences.inText("The background work around R2D2")).isEmpty();
        assertThat(RoundReferences.namedFindings("Round 123 S1 persists")).containsExactly("R123 S1");
        for (String text : new String[] {"from round 1a S2", "in round 12 S2x", "since ROUND 3  i4.", "R1's S2_", "round 1's  s22"}) {
            findsWhatThePatternsFound(text);
        }
    }
}
