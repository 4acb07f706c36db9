package dev.reviewstats.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.FindingHeadBlock;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The review id and a tag group's commas: each scan reads what the pattern it replaced, kept here, read. */
class SmallGrammarsTest {
    private static final Pattern CANONICAL_ID = Pattern.compile("\\d{8}-\\d{6}-[\\w.\\-]+");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*,\\s*");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("20260412", "101500", "-", "pr-238", ".", "_", "1", "12345678", "x", " ", ",", ", ", " , ", "\t", "important",
                "regression", "é", "/").list().ofMaxSize(8).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsAsThePatternsDid(@ForAll("texts") String s) {
        assertThat(Vocabulary.isReviewId(s, 0, s.length())).as(s).isEqualTo(CANONICAL_ID.matcher(s).matches());
        assertThat(FindingHeadBlock.tagsOf(s)).as(s).isEqualTo(List.of(TAG_SEPARATOR.split(s.strip())));
    }

    @Example
    void readsTheShapesReportsWrite() {
        assertThat(Vocabulary.isReviewId("20260412-101500-pr-238", 0, 22)).isTrue();
        assertThat(Vocabulary.isReviewId("20260412-101500-", 0, 16)).isFalse();
        assertThat(FindingHeadBlock.tagsOf(" important , regression,")).containsExactly("important", "regression");
    }
}
