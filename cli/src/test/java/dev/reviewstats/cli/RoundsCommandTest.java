package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code rounds} on the corpus: every multi-round PR, and one PR's trail checked by hand against its two reports. */
class RoundsCommandTest {
    private static final Pattern PR_IN_NAME = Pattern.compile("-pr-(\\d+)\\.md$");

    @Test
    void everyPrReviewedMoreThanOnceIsListed() throws IOException {
        Map<String, Long> filesPerPr;
        try (Stream<Path> s = Files.list(SharedCorpus.reviews())) {
            filesPerPr = s.map(p -> PR_IN_NAME.matcher(p.getFileName().toString())).filter(Matcher::find)
                    .collect(Collectors.groupingBy(m -> m.group(1), Collectors.counting()));
        }
        Set<String> multi = new TreeSet<>();
        filesPerPr.forEach((pr, n) -> {
            if (n > 1) {
                multi.add(pr);
            }
        });
        ParseCommandTest.Run r = run("rounds", "--no-cache", SharedCorpus.reviews().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^PR #(\\d+)").matcher(r.out());
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).hasSize(22).isEqualTo(multi);
        // 25 reviews with no Repo row name their repository in a PR link; the 5 that name none anywhere join
        // the one their folder's other reviews name.
        assertThat(r.err()).contains("5 review(s) name no repository; each was placed in the one its folder's other reviews name");
    }

    /**
     * PR #320, checked by hand: round 2 (20260417-123813) says of four round-1 findings that they are
     * still there — "This was raised as round 1 S2 and is unaddressed" (its I1), "raised as round 1 S5
     * and is unaddressed" (I4), "raised as round 1 S3 and is unaddressed" (I5), "round 1 S9 was the same
     * finding; still unaddressed" (S3). Its I2 opens with "Round 1's I2 fix moved the probe …": a fix,
     * not a carry-over. Neither report has a Resolution section.
     */
    @Test
    void prThreeTwentysTrailIsWhatItsReportsState() {
        ParseCommandTest.Run r = run("rounds", "--no-cache", "--format", "csv", SharedCorpus.review("20260416-144802-pr-320.md").toString(),
                SharedCorpus.review("20260417-123813-pr-320.md").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<Map<String, String>> rows = ParseCommandTest.csvRows(r.out());
        Map<String, String> round1 = rows.stream().filter(x -> x.get("round").equals("1"))
                .collect(Collectors.toMap(x -> x.get("finding"), x -> x.get("outcome") + (x.get("later_id").isEmpty() ? "" : " " + x.get("later_id"))));
        assertThat(round1).containsEntry("S2", "still_open I1").containsEntry("S5", "still_open I4").containsEntry("S3", "still_open I5")
                .containsEntry("S9", "still_open S3").containsEntry("I2", "not_mentioned").containsEntry("I1", "not_mentioned");
        assertThat(round1.values().stream().filter(v -> v.startsWith("still_open"))).hasSize(4);
        assertThat(rows.stream().filter(x -> x.get("round").equals("2"))).isNotEmpty()
                .allSatisfy(x -> assertThat(x.get("outcome")).isEqualTo("last_round"));
        assertThat(rows).noneMatch(x -> x.get("outcome").equals("fixed"));
    }
}
