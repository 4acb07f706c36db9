package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists every code with its level, so the documented contract cannot drift. */
class DiagnosticCodesDocumentedTest {
    @Test
    void everyCodeIsDocumentedWithItsLevel() throws IOException {
        String repo = System.getProperty("reviewstats.repoRoot", "..");
        String doc = Files.readString(Path.of(repo, "docs", "diagnostics.md"));
        for (DiagnosticCode c : DiagnosticCode.values()) {
            assertThat(doc).contains("| `" + c.id() + "` | " + c.defaultLevel() + " | " + c.description() + " |");
        }
        assertThat(java.util.Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).distinct().count())
                .isEqualTo(DiagnosticCode.values().length);
    }
}
