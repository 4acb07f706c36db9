package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.SourceForm;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The four real flattened pages agree with the Markdown of the same review wherever the flattened
 * text still holds a value; what it lost stays empty, with a diagnostic.
 */
class FlattenedFormTest {
    private final ReviewParser parser = ReviewParser.create();

    private Review parse(Path p) {
        ParseResult r = parser.parse(p);
        assertThat(r).as(p.toString()).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).review();
    }

    private Review flattened(String id) {
        Review r = parse(SharedCorpus.root().resolve("flattened").resolve(id + ".txt"));
        assertThat(r.sources().get(0).form()).isEqualTo(SourceForm.FLATTENED_TEXT);
        return r;
    }

    @Test
    void everyFlattenedPageAgreesWithItsMarkdownWhereverItStillHoldsTheValue() {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (String id : List.of("20260412-203409-pr-295", "20260415-184215-pr-316", "20260422-110156-pr-323",
                "20260512-133636-pr-350")) {
            Review f = flattened(id);
            for (Review other : List.of(parse(SharedCorpus.review(id + ".md")), parse(SharedCorpus.review(id + ".html")))) {
                String form = other.sources().get(0).form().name();
                List<Object[]> pairs = new ArrayList<>();
                pairs.add(new Object[] {"id", f.id(), other.id()});
                pairs.add(new Object[] {"date", f.dateTime(), other.dateTime()});
                pairs.add(new Object[] {"repository", f.repository(), other.repository()});
                pairs.add(new Object[] {"pr", f.pullRequest().number(), other.pullRequest().number()});
                pairs.add(new Object[] {"round", f.round().number(), other.round().number()});
                pairs.add(new Object[] {"reviewers", f.reviewers().stream().map(Agent::displayName).toList(),
                    other.reviewers().stream().map(Agent::displayName).toList()});
                pairs.add(new Object[] {"verdict", f.verdict().outcome(), other.verdict().outcome()});
                for (Finding x : f.findings()) {
                    Finding y = other.finding(x.id()).orElse(null);
                    pairs.add(new Object[] {"finding " + x.id(), x.severity() + " " + families(x),
                        y == null ? null : y.severity() + " " + families(y)});
                }
                for (AgentStats s : f.agentStats()) {
                    AgentStats o = other.statsFor(s.agent()).orElse(null);
                    String who = s.agent().family() + " ";
                    if (o == null) {
                        disagreements.add(id + " vs " + form + ": no column for " + s.agent());
                        continue;
                    }
                    addIfHeld(pairs, who + "duration", s.duration(), o.duration());
                    addIfHeld(pairs, who + "findings", s.findings(), o.findings());
                    addIfHeld(pairs, who + "tool calls", s.toolCalls() == null ? null : s.toolCalls().total(),
                            o.toolCalls() == null ? null : o.toolCalls().total());
                    addIfHeld(pairs, who + "design observations", s.designObservations(), o.designObservations());
                    addIfHeld(pairs, who + "false positives", s.falsePositives(), o.falsePositives());
                    addIfHeld(pairs, who + "unique insights", s.uniqueInsights(), o.uniqueInsights());
                    addIfHeld(pairs, who + "files reviewed", s.filesReviewed(), o.filesReviewed());
                    addIfHeld(pairs, who + "coverage misses", s.coverageMisses(), o.coverageMisses());
                    addIfHeld(pairs, who + "totals", s.totals(), o.totals());
                    addIfHeld(pairs, who + "downgraded", s.downgraded(), o.downgraded());
                    addIfHeld(pairs, who + "dropped", s.dropped(), o.dropped());
                }
                for (Object[] p : pairs) {
                    compared++;
                    if (!Objects.equals(p[1], p[2])) {
                        disagreements.add(id + " vs " + form + " " + p[0] + ": flattened=" + p[1] + " other=" + p[2]);
                    }
                }
            }
        }
        System.out.println("flattened: " + compared + " values compared with Markdown and HTML, "
                + disagreements.size() + " disagreement(s)");
        disagreements.forEach(d -> System.out.println("  " + d));
        assertThat(compared).isGreaterThan(300);
        assertThat(disagreements).isEmpty();
    }

    private static void addIfHeld(List<Object[]> pairs, String name, Object flattened, Object other) {
        if (flattened != null) {
            pairs.add(new Object[] {name, flattened, other});
        }
    }

    private static List<String> families(Finding f) {
        return f.agents().stream().map(Agent::family).sorted().toList();
    }

    @Test
    void recoversTheGluedSummaryTableOfPr295Round4CellByCell() {
        Review r = flattened("20260412-203409-pr-295");
        List<AgentStats> s = r.agentStats();
        assertThat(s).extracting(x -> x.agent().displayName()).containsExactly("Claude Opus 4.6", "Codex GPT 5.4", "Gemini 3.1 Pro");
        assertThat(s).extracting(AgentStats::uniqueInsights).containsExactly(13, 2, 2);
        assertThat(s).extracting(AgentStats::designObservations).containsExactly(8, 3, 2);
        assertThat(s).extracting(AgentStats::falsePositives).containsExactly(0, 0, 0);
        // "272727" splits into three counts many ways: no rule picks one, so the counts are unknown.
        assertThat(s).extracting(AgentStats::filesReviewed).containsExactly(null, null, null);
        assertThat(s).extracting(x -> x.findings().toString()).containsExactly("3I 11S", "2I", "1I 2S");
        assertThat(s).extracting(x -> x.totals().toString()).containsExactly("3I 11S", "2I", "1I 2S");
        assertThat(s).extracting(x -> x.downgraded().count()).containsExactly(0, 2, 2);
        assertThat(s).extracting(x -> x.toolCalls().total()).containsExactly(76, 21, 9);
        assertThat(s).extracting(AgentStats::duration).containsExactly(Duration.ofSeconds(25 * 60 + 38),
                Duration.ofSeconds(6 * 60 + 34), Duration.ofSeconds(4 * 60 + 58));
        assertThat(r.round().qualifier()).isEqualTo("of PR #295");
        assertThat(r.commits()).hasSize(5);
        assertThat(r.earlierCommits()).isEqualTo(14);
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.FLATTENED_SPLIT_AMBIGUOUS);
            assertThat(d.message()).contains("'Files reviewed' reads '272727'").contains("? | ? | ?");
        });
        // Unique insights "1322" also splits three ways, but only 13 | 2 | 2 respects the findings counts.
        assertThat(r.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("'Unique insights'"));
    }

    @Test
    void recoversPr316FindingsAttributionsAndResolution() {
        Review r = flattened("20260415-184215-pr-316");
        assertThat(r.findings()).extracting(Finding::id).containsExactly("I1", "I2", "S1", "S2", "S3");
        assertThat(r.finding("S1").orElseThrow().agents()).extracting(Agent::family).containsExactly("Claude", "Codex", "Gemini");
        assertThat(r.finding("I1").orElseThrow().title()).isEqualTo("Annotation removal patch lacks optimistic concurrency");
        assertThat(r.statsFor(Agent.of("Gemini", "3.1 Pro")).orElseThrow().downgraded().transitions()).containsExactly("I→S");
        assertThat(r.judgements()).hasSize(2);
        assertThat(r.resolution().items()).hasSize(8);
        assertThat(r.resolution().items().get(7).actionRaw()).isEqualTo("Skipped");
        // The flattener dropped the list of acknowledged limitations: present but unreadable, not "none".
        assertThat(r.section(SectionKind.ACKNOWLEDGED_LIMITATIONS)).isEqualTo(SectionState.UNREADABLE);
    }

    @Test
    void pr350LostItsFindingHeadingsAndSaysSoInsteadOfInventingIds() {
        Review r = flattened("20260512-133636-pr-350");
        assertThat(r.findings()).isEmpty();
        assertThat(r.section(SectionKind.IMPORTANT_ISSUES)).isEqualTo(SectionState.UNREADABLE);
        assertThat(r.section(SectionKind.SUGGESTIONS)).isEqualTo(SectionState.UNREADABLE);
        assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.SECTION_UNREADABLE)
                .extracting(d -> d.message()).anyMatch(m -> m.contains("'Important Issues' has content but no finding"));
        // The pipe tables it kept are read, with the header's shifted corner cell put back.
        assertThat(r.agentStats()).extracting(x -> x.agent().displayName())
                .containsExactly("Claude Opus 4.7", "Codex GPT 5.5", "Gemini 3.1 Pro");
        assertThat(r.agentStats()).extracting(AgentStats::duration).containsExactly(Duration.ofSeconds(7 * 60 + 19),
                Duration.ofSeconds(9 * 60 + 51), null);
        assertThat(r.reviewers()).extracting(Agent::effort).containsExactly("xhigh", "xhigh", "default");
        assertThat(r.judgements()).hasSize(2);
    }
}
