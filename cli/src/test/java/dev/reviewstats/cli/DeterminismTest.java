package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same output under any load: a folder of reports built from constructs
 * that once ran past the per-file time budget, parsed with one job and with two, twice each, while a
 * busy thread competes for the cores. There is no time budget to run out of, so nothing may differ.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void outputsAreByteIdenticalAcrossJobsRunsAndLoad() throws Exception {
        String host = Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"));
        List<String> bodies = List.of("&amp;".repeat(12_000), "&#65;".repeat(12_000), "<b>".repeat(20_000), "[ (](".repeat(12_000),
                "[a](<b".repeat(10_000), "`a ``".repeat(12_000), "<?".repeat(30_000), "### a" + " ".repeat(60_000) + "b",
                "S9. **t** — `a:1` [Gemini 3.1 Pro] (suggestion, gap)\n\n".repeat(1_000));
        for (int i = 0; i < bodies.size(); i++) {
            String id = String.format("202610%02d-101500-pr-%d", i + 1, 900 + i);
            String text = host.replace("20261012-101500-pr-901", id)
                    .replace("## Suggestions", bodies.get(i) + "\n\n## Suggestions");
            Files.writeString(dir.resolve(id + ".md"), text);
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread busy = new Thread(() -> {
            long x = 0;
            while (!stop.get()) {
                x += System.nanoTime() % 7;
            }
            if (x == 42) {
                System.out.print("");
            }
        });
        busy.setDaemon(true);
        busy.start();
        List<ParseCommandTest.Run> runs = new ArrayList<>();
        try {
            for (String jobs : List.of("1", "2", "1", "2")) {
                runs.add(ParseCommandTest.run("parse", "--jsonl", "--no-cache", "--jobs", jobs, dir.toString()));
            }
        } finally {
            stop.set(true);
        }
        for (ParseCommandTest.Run r : runs) {
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out().lines().count()).isEqualTo(bodies.size());
            assertThat(r.out()).isEqualTo(runs.get(0).out());
        }
    }
}
