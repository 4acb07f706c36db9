package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.Paragraph;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Labels read from a paragraph's stamped lead and its words give what the patterns that read the bold
 * markers gave, kept here, on every paragraph whose bold is well formed.
 */
class LabelsTest {
    private static final Pattern FIX = Pattern.compile("(?is)^(?:\\*\\*)?(?:suggested\\s+)?fix(?:\\*\\*)?\\s*:(?:\\*\\*)?\\s*(?<fix>.*)$");
    private static final Pattern LABEL = Pattern.compile(
            "(?is)^(?:\\*\\*reconciliation\\s*[:.]?\\s*\\*\\*\\s*[:.—–-]?|reconciliation\\s*[:.—–-])\\s*(?<text>.*)$");

    /** A paragraph as the HTML and flattened front ends stamp it: its lead where its text opens with bold. */
    private static Paragraph paragraph(String text) {
        return new Paragraph(text, 1, Lead.of(text).orElse(null));
    }

    private static Optional<String> old(Pattern p, String group, String text) {
        Matcher m = p.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(group)) : Optional.empty();
    }

    @Provide
    Arbitrary<String> labelled() {
        Arbitrary<String> label = Arbitraries.of("Fix", "fix", "FIX", "Suggested fix", "suggested \t fix", "Fixed", "Fix it", "Reconciliation",
                "RECONCILIATION", "reconciliation ", "Reconciliations", "Note");
        Arbitrary<String> inside = Arbitraries.of("", ":", ".", " :", ": ", " .");
        Arbitrary<String> after = Arbitraries.of("", ":", ".", "—", "–", "-", " :", " — ", ",");
        Arbitrary<String> text = Arbitraries.of("cap it", "Claude C1 → I1", "", "a: b", "two\nlines", "`x()`", "*emphasis*", "**bold** end")
                .list().ofMaxSize(3).map(l -> String.join(" ", l));
        Arbitrary<Boolean> bold = Arbitraries.of(true, false);
        Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\n");
        return Combinators.combine(bold, label, inside, after, space, text).as((b, l, in, af, sp, t) -> b
                ? "**" + l + in + "**" + af + sp + t
                : l + in + af + sp + t);
    }

    @Property(tries = 20_000)
    void readsTheLabelsThePatternsRead(@ForAll("labelled") String text) {
        Paragraph p = paragraph(text);
        assertThat(Labels.fix(p).map(Inline::plain)).as(text).isEqualTo(old(FIX, "fix", text).map(Inline::plain));
        assertThat(Labels.reconciliation(p)).as(text).isEqualTo(old(LABEL, "text", text));
    }

    @Example
    void readsFixAndReconciliationLabelsBoldOrNot() {
        assertThat(Labels.fix(paragraph("**Fix:** cap the retries"))).contains("cap the retries");
        assertThat(Labels.fix(paragraph("**Suggested fix**: cap it"))).contains("cap it");
        assertThat(Labels.fix(paragraph("Fix: cap it"))).contains("cap it");
        assertThat(Labels.fix(paragraph("Fixed: nothing"))).isEmpty();
        assertThat(Labels.reconciliation(paragraph("**Reconciliation.** Codex C1 → I1"))).contains("Codex C1 → I1");
        assertThat(Labels.reconciliation(paragraph("Reconciliation — Codex C1 → I1"))).contains("Codex C1 → I1");
        assertThat(Labels.reconciliation(paragraph("**Reconciliation of C1:** text"))).isEmpty();
    }

    @Example
    void readsNoLabelInBoldThatNeverCloses() {
        // The pattern took "**Fix: …" with no closing bold for a label; the bold a front end stamps closes.
        assertThat(old(FIX, "fix", "**Fix: cap it")).contains("cap it");
        assertThat(Labels.fix(paragraph("**Fix: cap it"))).isEmpty();
    }

    @Example
    void readsAParagraphWhoseLeadNoFrontEndStampedAsWords() {
        // Text an extractor cut from another block carries no lead: its asterisks are not read as bold.
        assertThat(Labels.fix(new Paragraph("**Fix:** cap it", 1))).isEmpty();
        assertThat(Labels.fix(new Paragraph("Fix: cap it", 1))).contains("cap it");
    }
}
