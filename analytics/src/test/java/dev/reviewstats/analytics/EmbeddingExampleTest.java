package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example is a real program: taken from the README as it stands, compiled
 * against the library, and run in a fresh JVM with the library's runtime class path. It must print
 * the samples' reviews and leaderboard and nothing on stderr (no SLF4J binding warning either).
 */
class EmbeddingExampleTest {
    private static final Path REPO = Path.of(System.getProperty("reviewstats.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)## Library\\n.*?```java\\n(.*?)```");

    @TempDir
    Path work;

    @Test
    void theReadmeExampleCompilesAndRunsQuietly() throws Exception {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(REPO.resolve("README.md")));
        assertThat(m.find()).as("a java block under ## Library").isTrue();
        String source = m.group(1);
        assertThat(source.lines().filter(l -> !l.isBlank() && !l.startsWith("import")).count())
                .as("a short example").isLessThanOrEqualTo(20);
        Path file = Files.writeString(work.resolve("Example.java"), source);

        String classPath = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-cp", classPath, "-d", work.toString(), file.toString());
        assertThat(compiled).as("javac exit code").isZero();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", work + File.pathSeparator + classPath, "Example", REPO.resolve("samples/reviews").toString())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        List<String> lines = out.lines().toList();
        assertThat(lines).contains("20260129-092213-pr-121: 0 important");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("Claude false positives \\d+% \\[\\d+–\\d+\\] \\d+/\\d+"));
        assertThat(out).contains("findings");
    }
}
