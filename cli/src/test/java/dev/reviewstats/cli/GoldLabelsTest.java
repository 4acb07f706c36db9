package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores {@code table agent-reviews} against every hand-made label in every folder under
 * {@code ../shared/gold} (one labelled history each), as {@code ../shared/gold/score.py} does: a field
 * two readers disagreed on is not scored; a value where the label says unknown (null) is "invented".
 * Prints per-field agreement and every miss, per folder.
 *
 * <p>The thresholds are the issue's targets, per folder: 97% overall, 93% per field, at most 1%
 * invented (measured: training 99.1%, rancher-desktop 98.8%, none invented). Never lower them to pass.
 *
 * <p>A second test checks lint against the labels' {@code contradictions}: it must report at least
 * 90% of them (for the agent and field named), as an inconsistency or an informational note.
 */
class GoldLabelsTest {
    private static final List<String> FIELDS = List.of("raised", "credited", "creditedC", "creditedI", "creditedS",
            "unique", "falsePositives", "downgraded", "upgraded", "dropped");
    private static final double OVERALL_FLOOR = 0.97;
    private static final double FIELD_FLOOR = 0.93;
    private static final double LINT_RECALL_FLOOR = 0.90;
    /** Which lint codes speak of each labelled field. */
    private static final Map<String, List<String>> LINT_CODES = Map.of("credited", List.of("L101"), "raised", List.of("L101", "L107"),
            "unique", List.of("L103"), "downgraded", List.of("L104"), "falsePositives", List.of("L105"), "dropped", List.of("L106"));
    private static final double INVENTED_CEILING = 0.01;

    /** The label folders under {@code ../shared/gold}: one labelled history each. */
    static List<Path> labelFolders() throws IOException {
        Path gold = SharedCorpus.root().resolveSibling("gold");
        try (Stream<Path> dirs = Files.list(gold)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** A label's report: its {@code file} relative to {@code corpus/}, a bare name meaning the first history. */
    static Path report(JsonNode label) {
        String file = label.path("file").asText(label.get("review").asText() + ".md");
        return file.contains("/") ? SharedCorpus.root().resolve(file) : SharedCorpus.review(file);
    }

    @Test
    void agentReviewsAgreeWithTheHandLabelsInEveryLabelledHistory() throws IOException {
        List<Path> folders = labelFolders();
        assertThat(folders).extracting(p -> p.getFileName().toString()).contains("training", "rancher-desktop");
        List<String> failures = new ArrayList<>();
        for (Path folder : folders) {
            failures.addAll(score(folder));
        }
        assertThat(failures).isEmpty();
    }

    /** Scores one label folder as {@code score.py} does; prints every miss and the summary; returns what falls short. */
    private static List<String> score(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> labels = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("table", "agent-reviews", "--format", "jsonl", "--no-cache"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode label = json.readTree(f.toFile());
                labels.add(label);
                args.add(report(label).toString());
            }
        }
        String name = folder.getFileName().toString();
        assertThat(labels).as(name).hasSizeGreaterThanOrEqualTo(10);
        ParseCommandTest.Run run = ParseCommandTest.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        for (String line : run.out().lines().toList()) {
            JsonNode r = json.readTree(line);
            rows.computeIfAbsent(r.get("review").asText() + " " + r.get("family").asText(), k -> new ArrayList<>()).add(r);
        }

        Map<String, int[]> perField = new LinkedHashMap<>();
        FIELDS.forEach(f -> perField.put(f, new int[2]));
        int agree = 0;
        int scored = 0;
        int unknowns = 0;
        int invented = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode label : labels) {
            String review = label.get("review").asText();
            for (Iterator<Map.Entry<String, JsonNode>> it = label.get("agents").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode want = e.getValue();
                if (want.has("tookPart") && !want.get("tookPart").asBoolean()) {
                    // Not scored by score.py either; shown so that a reader sees it.
                    if (rows.containsKey(review + " " + family(e.getKey()))) {
                        misses.add(review + " " + e.getKey() + ": has a row, but the label says it took no part");
                    }
                    continue;
                }
                JsonNode got = row(rows, review, e.getKey(), want.path("model").asText(""));
                for (String field : FIELDS) {
                    if (!want.has(field)) {
                        continue; // disputed between the two readers: not scored
                    }
                    JsonNode value = got == null ? null : got.get(field);
                    boolean gotNull = value == null || value.isNull();
                    if (want.get(field).isNull()) {
                        unknowns++;
                        if (!gotNull) {
                            invented++;
                            misses.add(review + " " + e.getKey() + " " + field + ": " + value + ", label unknown");
                        }
                        continue;
                    }
                    scored++;
                    perField.get(field)[1]++;
                    if (!gotNull && value.asInt() == want.get(field).asInt()) {
                        agree++;
                        perField.get(field)[0]++;
                    } else {
                        misses.add(review + " " + e.getKey() + " " + field + ": " + (gotNull ? "unknown" : value)
                                + ", label " + want.get(field));
                    }
                }
            }
        }
        misses.forEach(m -> System.out.println("gold miss [" + name + "]: " + m));
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "gold [%s]: %d/%d fields (%.1f%%); invented %d of %d unknowns;",
                name, agree, scored, 100.0 * agree / scored, invented, unknowns));
        perField.forEach((f, c) -> summary.append(String.format(Locale.ROOT, " %s %d/%d", f, c[0], c[1])));
        System.out.println(summary);

        List<String> failures = new ArrayList<>();
        if ((double) agree / scored < OVERALL_FLOOR) {
            failures.add(summary + ": overall under " + OVERALL_FLOOR);
        }
        perField.forEach((f, c) -> {
            if (c[1] > 0 && (double) c[0] / c[1] < FIELD_FLOOR) {
                failures.add(summary + ": " + f + " under " + FIELD_FLOOR);
            }
        });
        if ((double) invented / Math.max(1, scored + unknowns) > INVENTED_CEILING) {
            failures.add(summary + ": invented over " + INVENTED_CEILING);
        }
        return failures;
    }

    @Test
    void lintFindsTheContradictionsTheLabelsList() throws IOException {
        Path gold = SharedCorpus.root().resolveSibling("gold").resolve("training");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> labels = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("lint", "--all", "--no-cache"));
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode label = json.readTree(f.toFile());
                labels.add(label);
                args.add(SharedCorpus.review(label.get("review").asText() + ".md").toString());
            }
        }
        ParseCommandTest.Run run = ParseCommandTest.run(args.toArray(String[]::new));
        Map<String, List<String>> issues = new LinkedHashMap<>();
        String current = null;
        for (String line : run.out().lines().toList()) {
            if (!line.startsWith(" ") && line.contains(" (")) {
                current = line.substring(0, line.indexOf(' '));
            } else if (current != null && line.startsWith("  ")) {
                issues.computeIfAbsent(current, k -> new ArrayList<>()).add(line.strip());
            }
        }
        int listed = 0;
        int found = 0;
        for (JsonNode label : labels) {
            for (JsonNode c : label.path("contradictions")) {
                listed++;
                String agent = " " + family(c.get("agent").asText()) + " ";
                List<String> codes = LINT_CODES.getOrDefault(c.get("field").asText(), List.of());
                boolean seen = issues.getOrDefault(label.get("review").asText(), List.of()).stream()
                        .anyMatch(i -> i.contains(agent) && codes.stream().anyMatch(i::startsWith));
                if (seen) {
                    found++;
                } else {
                    System.out.println("lint miss: " + label.get("review").asText() + " " + c.get("agent").asText() + " "
                            + c.get("field").asText() + " (table " + c.get("table") + ", text " + c.get("text") + ")");
                }
            }
        }
        System.out.printf(Locale.ROOT, "lint: %d of %d labelled contradictions reported%n", found, listed);
        assertThat(listed).isGreaterThanOrEqualTo(30);
        assertThat((double) found / listed).isGreaterThanOrEqualTo(LINT_RECALL_FLOOR);
    }

    /** The label's key is the family, or {@code Family#model} for a second model of one family. */
    private static String family(String key) {
        return key.replace('(', ' ').replace('#', ' ').split(" ")[0];
    }

    private static JsonNode row(Map<String, List<JsonNode>> rows, String review, String key, String model) {
        List<JsonNode> candidates = rows.getOrDefault(review + " " + family(key), List.of());
        if (candidates.size() > 1 && !model.isEmpty()) {
            List<JsonNode> byModel = candidates.stream().filter(c -> c.path("agent").asText().endsWith(model)).toList();
            candidates = byModel.isEmpty() ? candidates : byModel;
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
