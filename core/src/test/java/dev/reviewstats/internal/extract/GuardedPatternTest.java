package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A guard only skips searches that would find nothing: wherever a guarded pattern finds a match, its guard lets it search. */
class GuardedPatternTest {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]+");

    /** Every guarded pattern of the reconciliation reader, by name. */
    private static Map<String, GuardedPattern> guarded() {
        Map<String, GuardedPattern> out = new LinkedHashMap<>();
        for (Field f : ReconciliationExtractor.class.getDeclaredFields()) {
            if (f.getType() == GuardedPattern.class && Modifier.isStatic(f.getModifiers())) {
                try {
                    f.setAccessible(true);
                    out.put(f.getName(), (GuardedPattern) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static void assertGuardLetsEveryMatchThrough(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        guarded().forEach((name, g) -> {
            if (g.pattern().matcher(text).find()) {
                assertThat(g.mayMatch().test(lower)).as(name + " on '" + text + "'").isTrue();
                assertThat(g.matcher(text, lower).find()).isTrue();
            }
        });
    }

    @Example
    void guardsEveryCuePatternOfTheReconciliationAndNoneMatchesNothing() {
        assertThat(guarded().keySet()).contains("FROM_TO", "TO_ONLY", "ARROW_TO", "TO_ID", "MERGED", "MOVED", "REJECTED", "WRONG",
                "KEPT", "LABEL_CHANGE", "WITHDRAWN_BY_AGENT", "OUT_OF_SCOPE", "DECLINED_EARLIER");
        guarded().forEach((name, g) -> assertThat(g.pattern().matcher("").find()).as(name).isFalse());
    }

    @Example
    void skipsTextWithNoneOfACuesWordsAndSearchesTextWithOne() {
        GuardedPattern merged = ReconciliationExtractor.MERGED;
        assertThat(merged.matcher("Codex C1 kept as I2.").find()).isFalse();
        assertThat(merged.mayMatch().test("codex c1 kept as i2.")).isFalse();
        Matcher m = merged.matcher("Codex C1 ROLLED it into I2.");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("ROLLED it into");
        assertThat(ReconciliationExtractor.TO_ID.mayMatch().test("kept as important")).isFalse();
        assertThat(ReconciliationExtractor.TO_ID.matcher("→ I12").find()).isTrue();
        assertThat(ReconciliationExtractor.DECLINED_EARLIER.matcher("declined in R2").find()).isTrue();
    }

    @Example
    void readsEveryWordingItWasWrittenFor() {
        for (String s : List.of("Claude C1 critical → important as I1", "Gemini S2 downgraded to a suggestion", "→ Suggestion",
                "merged with C2 into I1", "duplicate of S3", "subsumed", "deduplicated", "folded into I4", "combined with I2",
                "absorbed by I1", "moved to design observations", "acknowledged limitation", "testing gaps", "documentation assessment",
                "unresolved feedback", "strengths design", "not a bug", "false-positive", "withdrew", "nitpicks", "hallucinated",
                "overlapped", "not carried forward", "not-a-finding", "pre-existing", "out of scope", "not a real defect",
                "misunderstood", "already handles it", "cannot happen", "does not apply", "non-issue", "refuted", "stays",
                "accepted as-is", "regression → gap", "preexisting -> pre-existing", "relabelled", "reclassified from regression", "self-corrected",
                "it itself retracted", "withdrawn by Gemini itself", "outside the diff", "not introduced by", "unrelated to this",
                "documented exception", "not in this PR", "not part of the change", "previous rounds", "declined gates",
                "standing declined", "round 2", "R12", "already been fixed", "declined before", "previously rejected", "asked for by")) {
            assertGuardLetsEveryMatchThrough(s);
        }
    }

    @Example
    void letsEveryMatchInTheCorpusThrough() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : SharedCorpus.histories()) {
            files.addAll(SharedCorpus.filesIn(folder, ".md"));
            files.addAll(SharedCorpus.filesIn(folder, ".txt"));
        }
        int matched = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                assertGuardLetsEveryMatchThrough(line);
                matched += ReconciliationExtractor.MERGED.pattern().matcher(line).find() ? 1 : 0;
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(matched).as("lines that say a finding was merged").isGreaterThan(50);
    }

    @Provide
    Arbitrary<String> statements() {
        Set<String> words = new LinkedHashSet<>();
        for (GuardedPattern g : guarded().values()) {
            Matcher m = WORD.matcher(g.pattern().pattern());
            while (m.find()) {
                words.add(m.group());
            }
        }
        words.addAll(List.of("→", "->", "—>", "=>", "I1", "c2", "S3", "R2", "r12", "P1", "2", "(", ")", "**", "`", ",", ".", ":", "'s", "a", "the"));
        Arbitrary<String> word = Arbitraries.of(List.copyOf(words)).flatMap(w -> Arbitraries.of(w, w.toUpperCase(Locale.ROOT),
                w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "-", "");
        return Stream.of(0).map(x -> word.list().ofMinSize(1).ofMaxSize(7)
                .flatMap(ws -> gap.list().ofSize(ws.size()).map(gs -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        sb.append(ws.get(i)).append(gs.get(i));
                    }
                    return sb.toString();
                }))).findFirst().orElseThrow();
    }

    @Property(tries = 30_000)
    void letsEveryMatchOfGeneratedStatementsThrough(@ForAll("statements") String text) {
        assertGuardLetsEveryMatchThrough(text);
    }
}
