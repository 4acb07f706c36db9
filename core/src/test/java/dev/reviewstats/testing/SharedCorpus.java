package dev.reviewstats.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared/corpus} beside the repository. On a user's clone it may be absent: tests
 * that need it then skip with a visible message. Under CI ({@code CI=true}) its absence is a failure.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** Where the corpus should be. */
    public static Path location() {
        String repo = System.getProperty("reviewstats.repoRoot");
        Path base = repo == null ? Path.of("").toAbsolutePath() : Path.of(repo);
        return base.resolve("../shared/corpus").normalize();
    }

    public static boolean isPresent() {
        return Files.isDirectory(location());
    }

    public static Path root() {
        Path shared = location();
        if (!Files.isDirectory(shared)) {
            String msg = "../shared/corpus not found at " + shared + ": corpus tests skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + " (CI=true requires it)");
            }
            System.err.println("SKIPPED: " + msg);
            Assumptions.abort(msg);
        }
        return shared;
    }

    /** The first review history, {@code corpus/rancher-desktop-daemon}: the folder most figures are pinned on. */
    public static Path reviews() {
        return root().resolve("rancher-desktop-daemon");
    }

    /** The second review history, {@code corpus/rancher-desktop}: a later template, rounds of up to five reviewers. */
    public static Path secondHistory() {
        return root().resolve("rancher-desktop");
    }

    /**
     * The first history as tests pinned on it load it: its folder and {@code corpus/flattened}, whose
     * four pages are flattened twins of its reviews (102 reviews, 98 with two forms or more).
     */
    public static List<Path> daemonHistory() {
        return List.of(reviews(), root().resolve("flattened"));
    }

    /** Both review histories with the flattened twins: everything under {@code corpus/}. */
    public static List<Path> histories() {
        return List.of(reviews(), secondHistory(), root().resolve("flattened"));
    }

    public static Path review(String fileName) {
        return reviews().resolve(fileName);
    }

    public static List<Path> files(String extension) {
        return filesIn(reviews(), extension);
    }

    /** The files of one folder of the corpus with the given ending, sorted. */
    public static List<Path> filesIn(Path folder, String extension) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
