package dev.reviewstats.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.read.FormDetector;
import dev.reviewstats.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What every {@link FrontEnd} must do, in the manner of analysis-model's {@code AbstractParserTest}:
 * a front end's test extends this and says which front end, which inputs of its form it knows
 * (the spec reports of that form), the lines typical of its form (from which random inputs are
 * built), and what it takes to be an equivalent input. The contract: it never throws, whatever the
 * input; every line it reports lies within the input; it reads equivalent inputs to the same
 * outline; it reads the same input to the same outline every time.
 */
public abstract class FrontEndContract {
    private static final Path SPEC = Path.of("src/test/resources/spec");

    private final FrontEnd frontEnd;
    private final String extension;

    /**
     * @param frontEnd the front end under test
     * @param extension the file extension of its form in the spec suite
     */
    protected FrontEndContract(FrontEnd frontEnd, String extension) {
        this.frontEnd = frontEnd;
        this.extension = extension;
    }

    private FrontEnd frontEnd() {
        return frontEnd;
    }

    private String extension() {
        return extension;
    }

    /** Lines typical of the form, from which random inputs are assembled. */
    protected abstract List<String> typicalLines();

    /** Whether the form writes bold, so that its spec reports open paragraphs or items with it (flattened text does not). */
    protected boolean keepsBold() {
        return true;
    }

    /** An input the front end must read to the same outline as {@code input}, with the same line numbers. */
    protected abstract String equivalent(String input);

    /** The spec reports of this form, as text. */
    protected final List<String> specInputs() {
        try (Stream<Path> files = Files.list(SPEC)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(extension())).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form the front end declares is the one the pipeline detects for its reports, so the registry routes them to it. */
    @Example
    void declaresTheFormItsReportsAreDetectedAs() {
        List<String> inputs = specInputs();
        assertThat(inputs).isNotEmpty();
        for (String input : inputs) {
            assertThat(FormDetector.detect(input)).isEqualTo(frontEnd().form());
        }
    }

    @Example
    void readsEverySpecReportOfItsFormWithLinesWithinTheInput() {
        List<String> inputs = specInputs();
        assertThat(inputs).as("spec reports ending in " + extension()).isNotEmpty();
        for (String input : inputs) {
            Outline outline = frontEnd().read(input);
            assertThat(outline.isSetAside()).isFalse();
            assertThat(outline.sections()).isNotEmpty();
            assertLinesWithin(outline, input);
        }
    }

    @Example
    void readsEquivalentSpecReportsToTheSameOutline() {
        for (String input : specInputs()) {
            String other = equivalent(input);
            assertThat(other).as("the equivalent input differs from the input").isNotEqualTo(input);
            assertSameReading(frontEnd().read(other), frontEnd().read(input));
        }
    }

    @Provide
    Arbitrary<String> inputs() {
        Arbitrary<String> typical = Arbitraries.of(typicalLines());
        Arbitrary<String> noise = Arbitraries.strings().withChars("|#*-~`[]()<>/&;:¶\t  .0123456789CISabcXYZ\u00A0\u2014")
                .ofMaxLength(60);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, typical), net.jqwik.api.Tuple.of(1, noise), net.jqwik.api.Tuple.of(2, Arbitraries.just("")));
        return line.list().ofMaxSize(60).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 300)
    void neverThrowsAndReportsOnlyLinesOfItsInput(@ForAll("inputs") String input) {
        Outline outline = frontEnd().read(input);
        assertLinesWithin(outline, input);
    }

    @Property(tries = 100)
    void readsTheSameInputToTheSameOutlineEveryTime(@ForAll("inputs") String input) {
        assertThat(frontEnd().read(input)).isEqualTo(frontEnd().read(input));
    }

    @Property(tries = 100)
    void readsEquivalentInputsToTheSameOutline(@ForAll("inputs") String input) {
        assertSameReading(frontEnd().read(equivalent(input)), frontEnd().read(input));
    }

    @Property(tries = 200)
    void stampsEachLeadWhereItsTextShowsIt(@ForAll("inputs") String input) {
        for (Stamped stamped : leads(frontEnd().read(input))) {
            assertLeadIsWhereTheTextShowsIt(stamped);
        }
    }

    @Example
    void stampsTheLeadsOfItsSpecReports() {
        int leads = 0;
        for (String input : specInputs()) {
            for (Stamped stamped : leads(frontEnd().read(input))) {
                assertLeadIsWhereTheTextShowsIt(stamped);
                leads += stamped.lead() == null ? 0 : 1;
            }
        }
        if (keepsBold()) {
            assertThat(leads).as("bold leads stamped on the spec reports ending in " + extension()).isPositive();
        } else {
            assertThat(leads).as("bold leads stamped on the spec reports ending in " + extension() + ", a form without bold").isZero();
        }
    }

    /** A lead is the bold the text opens with: the text is the bold title between its markers, then the rest. */
    private static void assertLeadIsWhereTheTextShowsIt(Stamped stamped) {
        if (stamped.lead() != null) {
            assertThat("**" + stamped.lead().title() + "**" + stamped.lead().rest()).isEqualTo(stamped.text().strip());
        }
    }

    /** A paragraph's or list item's text and the lead stamped on it, or {@code null}. */
    private record Stamped(String text, Lead lead) {
    }

    /** Every paragraph and list item of an outline, with the lead its front end stamped on it. */
    private static List<Stamped> leads(Outline outline) {
        List<Stamped> out = new ArrayList<>();
        for (Section s : outline.sections()) {
            s.blocks().forEach(b -> leads(b, out));
        }
        return out;
    }

    private static void leads(Block b, List<Stamped> out) {
        if (b instanceof Paragraph p) {
            out.add(new Stamped(p.text(), p.opening()));
        } else if (b instanceof ListBlock l) {
            for (ListItem i : l.items()) {
                out.add(new Stamped(i.text(), i.opening()));
                i.children().forEach(c -> leads(c, out));
            }
        }
    }

    /** The same sections, notes and verdict on the input; the line count may differ by trailing lines. */
    private static void assertSameReading(Outline actual, Outline expected) {
        assertThat(actual.sections()).isEqualTo(expected.sections());
        assertThat(actual.notes()).isEqualTo(expected.notes());
        assertThat(actual.notAReview()).isEqualTo(expected.notAReview());
    }

    /** Every line the outline names is 0 (unknown) or a line of the input. */
    protected static void assertLinesWithin(Outline outline, String input) {
        int lines = Math.max(1, (int) input.lines().count());
        assertThat(outline.lineCount()).as("line count").isBetween(1, lines + 1);
        List<Integer> named = new ArrayList<>();
        for (Section s : outline.sections()) {
            named.add(s.line());
            for (Block b : s.blocks()) {
                collect(b, named);
            }
        }
        for (Diagnostic d : outline.notes()) {
            named.add(d.line());
        }
        assertThat(named).allSatisfy(l -> assertThat(l).isBetween(0, outline.lineCount()));
    }

    private static void collect(Block b, List<Integer> named) {
        named.add(b.line());
        if (b instanceof ListBlock l) {
            for (ListItem i : l.items()) {
                named.add(i.line());
                i.children().forEach(c -> collect(c, named));
            }
        } else if (b instanceof TableBlock t) {
            named.addAll(t.rowLines());
        }
    }
}
