package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Calibration notes searched for near their verbs only are the notes the pattern finds searching the whole body. */
class CalibrationNotesTest {
    private static List<ReconciliationExtractor.CalibrationNote> wholeBodySearch(String body) {
        List<ReconciliationExtractor.CalibrationNote> out = new ArrayList<>();
        Matcher m = ReconciliationExtractor.CALIBRATION.matcher(body);
        while (m.find()) {
            out.add(new ReconciliationExtractor.CalibrationNote(m.group("family"), m.group("severity"), m.group()));
        }
        return out;
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of("Gemini", "gemini", "CODEX", "Claude", "originally", "Initially", "flagged", "RATED", "filed", "raised",
                "classified", "marked", "graded", "reported", "unflagged", "this", "It", "it", "as", "an", "a", "Critical", "important",
                "suggestions", " ", " ", " ", "  ", "\t", "\n", ".", "3", "_", "é", "İt", "x").list().ofMaxSize(14)
                .map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void findsWhatAWholeBodySearchFinds(@ForAll("bodies") String body) {
        assertThat(ReconciliationExtractor.calibrationNotes(body)).as(body).isEqualTo(wholeBodySearch(body));
    }

    @Example
    void readsNotesOneAfterAnother() {
        String body = "Gemini   originally flagged this as Critical. Codex rated it important; it flagged this as a suggestion";
        assertThat(ReconciliationExtractor.calibrationNotes(body)).extracting(ReconciliationExtractor.CalibrationNote::text)
                .containsExactly("Gemini   originally flagged this as Critical", "Codex rated it important", "it flagged this as a suggestion");
        for (String s : List.of("Gemini flagged it flagged this as critical", "x3Gemini flagged this critical", "originally flagged this Critical",
                "Gemini\nflagged this\nas important", "flagged this as critical",
                // A letter that lower-cases to two must not shift where the verbs are looked for.
                "İİİİİİİİİİİİ Gemini originally flagged this as critical", "İ Codex rated it important")) {
            findsWhatAWholeBodySearchFinds(s);
        }
    }

    @Example
    void findsWhatAWholeBodySearchFindsInEveryCorpusReport() throws IOException {
        int notes = 0;
        for (Path folder : SharedCorpus.histories()) {
            for (Path f : SharedCorpus.filesIn(folder, ".md")) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(ReconciliationExtractor.calibrationNotes(text)).as(f.toString()).isEqualTo(wholeBodySearch(text));
                notes += wholeBodySearch(text).size();
            }
        }
        assertThat(notes).isGreaterThan(5);
    }
}
