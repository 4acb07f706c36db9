package dev.reviewstats.samples;

import dev.reviewstats.model.Review;
import dev.reviewstats.samples.render.FlattenedRenderer;
import dev.reviewstats.samples.render.Form;
import dev.reviewstats.samples.render.HtmlRenderer;
import dev.reviewstats.samples.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the committed sample history: 50 generated reviews over four months as Markdown, a few of
 * them also as the HTML page or flattened text so that merging forms shows. Deterministic: the
 * same seed writes the same bytes.
 *
 * <p>Regenerate with {@code mvn -q -B install -DskipTests && mvn -q -B -pl samples exec:java}.
 */
public final class SampleHistory {
    /** The seed of the committed samples. */
    public static final long SEED = 20260105L;
    /** How many reviews the samples hold. */
    public static final int COUNT = 50;

    private SampleHistory() {
    }

    /**
     * Writes the samples.
     *
     * @param args the folder (default samples/reviews)
     * @throws IOException when a sample cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/reviews");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{6}-pr-\\d+\\.(md|html|txt)")).toList()) {
                Files.delete(p);
            }
        }
        write(dir, ReviewGenerator.history(SEED, COUNT));
        System.out.println("wrote " + COUNT + " reviews to " + dir);
    }

    static void write(Path dir, List<Review> reviews) throws IOException {
        MarkdownRenderer md = new MarkdownRenderer();
        HtmlRenderer html = new HtmlRenderer();
        FlattenedRenderer flat = new FlattenedRenderer();
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            Files.writeString(dir.resolve(r.id() + ".md"), md.render(r), StandardCharsets.UTF_8);
            if (i % 10 == 3) {
                Files.writeString(dir.resolve(r.id() + ".html"), html.render(r), StandardCharsets.UTF_8);
            }
            if (i % 20 == 7) {
                Files.writeString(dir.resolve(r.id() + ".txt"), flat.render(r, i % 40 == 7 ? Form.FLATTENED_GLUED
                        : Form.FLATTENED_PIPES), StandardCharsets.UTF_8);
            }
        }
    }
}
