package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The cache's binary form gives back exactly what was stored, and damaged bytes are refused, never misread. */
class ResultCodecTest {
    private static final ResultCodec CODEC = ResultCodec.get();
    private static final ParseResult SMALL = ReviewParser.create().parse("small.md", String.join("\n",
            "# Deep Review: 20260301-101500-pr-7", "",
            "| | |", "|---|---|", "| **Reviewers** | Claude Opus 4.6, Codex GPT 5.4 |", "| **Verdict** | **Merge** — fine |", "",
            "## Important Issues", "", "I1. **Leaks a handle** — `a/b.go:1-2` [Claude Opus 4.6]", "", "Close it.", "",
            "## Suggestions", "", "S1. **Rename** [Codex GPT 5.4]", ""));

    @Test
    void everyCorpusResultRoundTripsExactly() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SharedCorpus.root())) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        ReviewParser parser = ReviewParser.create();
        int parsed = 0;
        for (Path f : files) {
            ParseResult r = parser.parse(f);
            assertThat(CODEC.decode(CODEC.encode(r))).as(f.toString()).isEqualTo(r);
            parsed += r instanceof ParseResult.Parsed ? 1 : 0;
        }
        assertThat(parsed).isGreaterThan(200);
    }

    @Test
    void skippedResultsRoundTripWithTheirDiagnostics() throws IOException {
        ParseResult skipped = ReviewParser.create().parse("empty.md", "");
        assertThat(skipped).isInstanceOf(ParseResult.Skipped.class);
        assertThat(CODEC.decode(CODEC.encode(skipped))).isEqualTo(skipped);
    }

    @Test
    void theSmallReviewKeepsItsFindings() throws IOException {
        assertThat(SMALL).isInstanceOf(ParseResult.Parsed.class);
        ParseResult back = CODEC.decode(CODEC.encode(SMALL));
        assertThat(((ParseResult.Parsed) back).review().findings()).hasSize(2);
        assertThat(back).isEqualTo(SMALL);
    }

    @Test
    void theFingerprintIsAShortHash() {
        assertThat(CODEC.fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void foreignBytesAreRefused() {
        assertThatThrownBy(() -> CODEC.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9})).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void anyChangedByteIsRefused(@ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll @IntRange(min = 1, max = 255) int flip)
            throws IOException {
        byte[] bytes = CODEC.encode(SMALL);
        bytes[where % bytes.length] ^= (byte) flip;
        assertThatThrownBy(() -> CODEC.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void anyTruncationIsRefused(@ForAll @IntRange(min = 0, max = 1_000_000) int cut) throws IOException {
        byte[] bytes = CODEC.encode(SMALL);
        byte[] shorter = Arrays.copyOf(bytes, cut % bytes.length);
        assertThatThrownBy(() -> CODEC.decode(shorter)).isInstanceOf(IllegalArgumentException.class);
    }
}
