package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review-stats parse}, run in-process with captured output. */
class ParseCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    /** CSV output as rows by column name (quoted cells with commas kept whole). */
    static java.util.List<java.util.Map<String, String>> csvRows(String text) {
        java.util.List<String> lines = text.lines().toList();
        java.util.List<String> header = java.util.Arrays.asList(lines.get(0).split(","));
        return lines.subList(1, lines.size()).stream().map(l -> {
            String[] v = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), v[i]);
            }
            return row;
        }).toList();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Three hand-written reviews kept as test fixtures. */
    static Path samples() {
        try {
            return Path.of(ParseCommandTest.class.getResource("/reviews").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsTheContractFieldsForEachReview() throws IOException {
        Run r = run("parse", samples().resolve("20260105-101500-pr-12.md").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode review = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(review.get("id").asText()).isEqualTo("20260105-101500-pr-12");
        assertThat(review.at("/sources/0/form").asText()).isEqualTo("MARKDOWN");
        assertThat(review.get("date").asText()).isEqualTo("2026-01-05T10:15:00");
        assertThat(review.get("repository").asText()).isEqualTo("example-org/inventory-service");
        assertThat(review.at("/pullRequest/number").asInt()).isEqualTo(12);
        assertThat(review.at("/round/number").asInt()).isEqualTo(1);
        assertThat(review.at("/reviewers/2/family").asText()).isEqualTo("Gemini");
        assertThat(review.at("/reviewers/2/model").asText()).isEqualTo("3.1 Pro");
        assertThat(review.at("/verdict/outcome").asText()).isEqualTo("MERGE_WITH_FIXES");
        assertThat(review.get("wallClockSeconds").asLong()).isEqualTo(22 * 60 + 10);
        assertThat(review.at("/findings/0/id").asText()).isEqualTo("I1");
        assertThat(review.at("/findings/0/agents").toString()).isEqualTo("[\"Codex\",\"Gemini\"]");
        assertThat(review.at("/findings/0/locations/0/startLine").asInt()).isEqualTo(40);
        assertThat(review.at("/findings/0/locations/0/endLine").asInt()).isEqualTo(58);
        assertThat(review.at("/agentStats/2/agent/family").asText()).isEqualTo("Gemini");
        assertThat(review.at("/agentStats/2/durationSeconds").asInt()).isEqualTo(245);
        assertThat(review.at("/agentStats/2/falsePositives").asInt()).isEqualTo(1);
        assertThat(review.at("/agentStats/0/toolCalls").asInt()).isEqualTo(30);
        assertThat(review.at("/judgements/0/originalId").asText()).isEqualTo("C1");
        assertThat(review.at("/judgements/0/finalId").asText()).isEqualTo("I1");
        assertThat(review.at("/resolution/items/1/action").asText()).isEqualTo("SKIPPED");
        assertThat(review.at("/resolution/items/1/findingId").asText()).isEqualTo("S1");
        assertThat(review.get("diagnostics").isArray()).isTrue();
    }

    @Test
    void theWholeCorpusParsesToEachReviewOnceWithAllItsSourcesAndSkipsCountedByReason() throws IOException {
        Run r = run("parse", dev.reviewstats.testing.SharedCorpus.reviews().toString(),
                dev.reviewstats.testing.SharedCorpus.root().resolve("flattened").toString());
        assertThat(r.exit()).isZero();
        JsonNode reviews = new ObjectMapper().readTree(r.out());
        assertThat(reviews).hasSize(102);
        java.util.Set<String> ids = new java.util.HashSet<>();
        reviews.forEach(x -> ids.add(x.get("id").asText()));
        assertThat(ids).hasSize(102);
        JsonNode pr316 = null;
        for (JsonNode x : reviews) {
            if (x.get("id").asText().equals("20260415-184215-pr-316")) {
                pr316 = x;
            }
        }
        assertThat(pr316.get("sources")).hasSize(3);
        assertThat(pr316.at("/sources/2/form").asText()).isEqualTo("FLATTENED_TEXT");
        assertThat(r.err().lines().reduce((a, b) -> b).orElse("")).isEqualTo("skipped 2 input(s): 2 not a review");
    }

    @Test
    void jsonlPrintsOneReviewPerLine() {
        Run r = run("parse", "--jsonl", samples().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
    }

    @Test
    void skipsUnreadableAndNonReviewFilesWithOneLineEachAndExitCodeThree() throws IOException {
        Files.copy(samples().resolve("20260120-093000-pr-15.md"), dir.resolve("good.md"));
        Files.writeString(dir.resolve("notes.md"), "# Team notes\n\nNothing to see here.\n");
        Files.write(dir.resolve("binary.md"), new byte[] {1, 2, 0, 3, 4});
        Files.writeString(dir.resolve("empty.md"), "");
        Run r = run("parse", "--skipped", dir.toString(), dir.resolve("missing.md").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.SKIPPED_INPUT.code());
        List<String> lines = r.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("binary.md: skipped (binary)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("empty.md: skipped (empty)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("missing.md: skipped (missing)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("notes.md: skipped (not a review)")
                .contains("'Team notes' is no deep review"));
        assertThat(lines).last().asString().isEqualTo("skipped 4 input(s): 1 not a review, 1 empty, 1 binary, 1 missing");
        assertThat(r.out()).contains("\"id\" : \"20260120-093000-pr-15\"").contains("\"reason\" : \"NOT_A_REVIEW\"");
    }

    @Test
    void aFolderOfOnlyNonReviewsIsNotAnError() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "# Team notes\n\nNothing to see here.\n");
        Run r = run("parse", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aBadOptionIsAUsageError() {
        Run r = run("parse", "--no-such-option", "x");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("Unknown option");
    }
}
