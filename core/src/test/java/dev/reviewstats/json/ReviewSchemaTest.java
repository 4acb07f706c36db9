package dev.reviewstats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed JSON Schema (docs/review.schema.json) describes what {@code parse} prints, and only that. */
class ReviewSchemaTest {
    private static final Path REPO = Path.of(System.getProperty("reviewstats.repoRoot", "..")).toAbsolutePath().normalize();
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(REPO.resolve("docs/review.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** The output of {@code parse --skipped} for what {@code paths} hold. */
    private static ObjectNode parseOutput(List<Path> paths) {
        LoadResult loaded = ReviewLoader.create().load(paths);
        ObjectNode root = ReviewJson.mapper().createObjectNode();
        ArrayNode reviews = root.putArray("reviews");
        loaded.reviews().forEach(r -> reviews.add(ReviewJson.toJson(r)));
        ArrayNode skipped = root.putArray("skipped");
        loaded.skipped().forEach(s -> skipped.add(ReviewJson.skipped(s)));
        return root;
    }

    @Test
    void theBundledSamplesValidate() {
        ObjectNode out = parseOutput(List.of(REPO.resolve("samples/reviews")));
        assertThat(out.get("reviews")).hasSizeGreaterThan(40);
        assertThat(schema.validate(out)).isEmpty();
        assertThat(schema.validate(out.get("reviews"))).isEmpty();
    }

    @Test
    void everyReviewOfTheCorpusInEveryFormValidates() {
        ObjectNode out = parseOutput(List.of(SharedCorpus.root()));
        assertThat(out.get("reviews")).hasSizeGreaterThan(100);
        assertThat(out.get("skipped")).isNotEmpty();
        Set<ValidationMessage> errors = schema.validate(out);
        assertThat(errors).as("first errors: %s", errors.stream().limit(10).toList()).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheContractRulesOut() {
        LoadResult loaded = ReviewLoader.create().load(List.of(REPO.resolve("samples/reviews/20260129-092213-pr-121.md")));
        Review review = loaded.reviews().get(0);
        ObjectNode good = ReviewJson.toJson(review);
        assertThat(good.get("date").asText()).isEqualTo("2026-01-29T09:22:13");
        assertThat(schema.validate(array(good))).isEmpty();

        assertThat(schema.validate(array(good.deepCopy().put("date", "2026-01-29T09:22")))).isNotEmpty();
        ObjectNode noId = good.deepCopy();
        noId.remove("id");
        assertThat(schema.validate(array(noId))).isNotEmpty();
        ObjectNode badSeverity = good.deepCopy();
        ((ObjectNode) badSeverity.get("findings").get(0)).put("severity", "HIGH");
        assertThat(schema.validate(array(badSeverity))).isNotEmpty();
        assertThat(schema.validate(array(good.deepCopy().put("surprise", 1)))).isNotEmpty();
        assertThat(schema.validate(array(good.deepCopy().put("wallClockSeconds", -1)))).isNotEmpty();
    }

    private static JsonNode array(ObjectNode review) {
        return ReviewJson.mapper().createArrayNode().add(review);
    }
}
