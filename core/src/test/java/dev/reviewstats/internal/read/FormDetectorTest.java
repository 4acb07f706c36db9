package dev.reviewstats.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.SourceForm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The form comes from the content; the extension only breaks ties. */
class FormDetectorTest {
    @Test
    void aTxtFileHoldingMarkdownIsMarkdown() {
        assertThat(FormDetector.detect("# Deep Review: x\n\n| | |\n|---|---|\n| **Date** | 2026-01-01 |\n"))
                .isEqualTo(SourceForm.MARKDOWN);
    }

    @Test
    void anMdFileHoldingHtmlIsHtml() {
        assertThat(FormDetector.detect("<!DOCTYPE html>\n<html><body><h1>Deep Review</h1></body></html>"))
                .isEqualTo(SourceForm.HTML);
        assertThat(FormDetector.detect("<h1>Deep Review: x</h1>\n<table></table>")).isEqualTo(SourceForm.HTML);
    }

    @Test
    void plainTextWithoutMarkupIsFlattenedWhateverItsExtension() {
        assertThat(FormDetector.detect("Deep Review: x\n\nDate2026-01-01 10:00\nReviewersClaude Opus 4.6\n"))
                .isEqualTo(SourceForm.FLATTENED_TEXT);
    }

    @Test
    void pipeTablesUnderPilcrowHeadingsAreFlattenedTextNotMarkdown() {
        assertThat(FormDetector.detect("Deep Review: x\n| Date | 2026-01-01 |\nSummary ¶\n| | A | B |\n|---|---|---|\n"
                + "| Findings | 1I | 2S |\nResolution ¶\n")).isEqualTo(SourceForm.FLATTENED_TEXT);
    }

    @Test
    void byteOrderMarksAndLineEndsAreNormalised() {
        byte[] utf16le = "\uFEFF# T\r\nx\r".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16le).text()).isEqualTo("# T\nx\n");
        byte[] utf16be = "\uFEFF# T\nx".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(utf16be).text()).isEqualTo("# T\nx");
        byte[] bom8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'T'};
        assertThat(TextDecoder.decode(bom8).text()).isEqualTo("# T");
        DecodedText bad = TextDecoder.decode(new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        assertThat(bad.malformed()).isTrue();
        assertThat(bad.text()).contains("\uFFFD");
        assertThat(TextDecoder.looksBinary(new byte[] {1, 0, 2})).isTrue();
        assertThat(TextDecoder.looksBinary(utf16le)).isFalse();
    }
}
