package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evidence that links two findings: file and nearby lines, title words, code names in backticks. */
class SimilarityTest {
    private static Finding at(String title, String path, int line) {
        return new Finding("I1", Severity.IMPORTANT, title, List.of(new Location(path, line, line)), List.of(), List.of(), "", "",
                List.of(), false, 0);
    }

    @Test
    void titleWordsAreStemmedLowerCasedAndSkipStopWordsAndShortOnes() {
        // The stem is crude on purpose: "closed" and "closes" meet at "clos".
        assertThat(Similarity.words("The directories fail when `ctx` is closed")).containsExactlyInAnyOrder("director", "fail", "ctx",
                "clos");
        assertThat(Similarity.words("closes")).containsExactly("clos");
        assertThat(Similarity.words("Failing directory")).containsExactlyInAnyOrder("fail", "directory");
    }

    @Test
    void codeNamesAreSplitAtPunctuationAndShortPartsDropped() {
        assertThat(Similarity.identifiers("`portTracker.Add` races with `ctx` and `mu.Lock()`"))
                .containsExactlyInAnyOrder("porttracker", "lock");
        assertThat(Similarity.identifiers("an `unclosed backtick")).isEmpty();
    }

    @Test
    void theSameFileAtNearbyLinesAndSharedWordsAddUp() {
        Similarity s = new Similarity();
        Finding a = at("Retry loop never backs off", "pkg/retry/loop.go", 10);
        // Same file, lines within twelve, all title words shared: 0.25 + 0.25 + 1.
        assertThat(s.score(a, at("Retry loop never backs off", "other/dir/loop.go", 20))).isCloseTo(1.5, within(1e-9));
        // Same file far away, no words: the file alone does not link.
        double fileOnly = s.score(a, at("Unrelated title words", "pkg/retry/loop.go", 400));
        assertThat(fileOnly).isCloseTo(0.25, within(1e-9)).isLessThan(Similarity.LINK_THRESHOLD);
        assertThat(s.wording(a, at("Retry loop backs off forever", "x.go", 1)))
                .isCloseTo(Similarity.jaccard(Set.of("retry", "loop", "never", "back", "off"), Set.of("retry", "loop", "back", "off",
                        "forever")), within(1e-9));
    }

    @Test
    void jaccardOfAnEmptySetIsZero() {
        assertThat(Similarity.jaccard(Set.of(), Set.of("a"))).isZero();
        assertThat(Similarity.jaccard(Set.of("a", "b"), Set.of("b", "c"))).isCloseTo(1.0 / 3, within(1e-12));
    }
}
