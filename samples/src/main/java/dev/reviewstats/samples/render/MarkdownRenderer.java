package dev.reviewstats.samples.render;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.Commit;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.TextItem;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes a review as the review tool's Markdown. Stateless. */
public final class MarkdownRenderer {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Renders a review as the review tool's Markdown.
     *
     * @param r the review
     * @return the Markdown
     */
    public String render(Review r) {
        StringBuilder md = new StringBuilder();
        md.append("# Deep Review: ").append(r.id()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        if (r.date() != null) {
            row(md, "Date", r.date() + (r.time() == null ? "" : " " + r.time().format(MINUTES)));
        }
        if (!r.repository().isEmpty()) {
            row(md, "Repo", r.repository());
        }
        if (r.round() != null) {
            row(md, "Round", r.round().number() + (r.round().qualifier().isEmpty() ? "" : " (" + r.round().qualifier() + ")"));
        }
        if (!r.author().isEmpty()) {
            row(md, "Author", "@" + r.author());
        }
        if (r.pullRequest() != null) {
            row(md, "PR", "#" + r.pullRequest().number() + (r.pullRequest().title().isEmpty() ? "" : " — " + r.pullRequest().title()));
        }
        if (!r.branch().isEmpty()) {
            row(md, "Branch", "`" + r.branch() + "`");
        }
        if (!r.commits().isEmpty()) {
            String commits = r.commits().stream().map(c -> "`" + c.sha() + "` " + c.subject()).collect(Collectors.joining("<br>"));
            row(md, "Commits", commits + (r.earlierCommits() > 0 ? "<br>…plus " + r.earlierCommits() + " earlier commits" : ""));
        }
        row(md, "Reviewers", r.reviewers().stream().map(MarkdownRenderer::agentWithEffort).collect(Collectors.joining(", ")));
        if (r.verdict() != null) {
            row(md, "Verdict", "**" + verdictWord(r) + "**" + (r.verdict().rationale().isEmpty() ? "" : " — " + r.verdict().rationale()));
        }
        if (r.wallClock() != null) {
            row(md, "Wall-clock time", "`" + wallClock(r.wallClock()) + "`");
        }
        md.append("\n## Executive Summary\n\n").append(r.executiveSummary()).append("\n\n---\n\n");
        for (Severity s : Severity.values()) {
            md.append("## ").append(sectionTitle(s)).append("\n\n");
            List<Finding> fs = r.findings(s);
            if (fs.isEmpty()) {
                md.append("None.\n\n");
            }
            for (Finding f : fs) {
                finding(md, f, true);
            }
            md.append("---\n\n");
        }
        if (!r.designObservations().isEmpty()) {
            md.append("## Design Observations\n\n");
            for (ObservationKind k : List.of(ObservationKind.CONCERN, ObservationKind.STRENGTH)) {
                List<DesignObservation> of = r.designObservations().stream().filter(o -> o.kind() == k).toList();
                if (of.isEmpty()) {
                    continue;
                }
                md.append("### ").append(k == ObservationKind.CONCERN ? "Concerns" : "Strengths").append("\n\n");
                for (DesignObservation o : of) {
                    md.append("- **").append(o.title()).append(o.scope().isEmpty() ? "" : " (" + o.scope() + ")").append("**: ")
                            .append(o.text()).append(o.agents().isEmpty() ? "" : " " + bracket(o.agents())).append('\n');
                }
                md.append('\n');
            }
            md.append("---\n\n");
        }
        items(md, "Testing Assessment", r.testingAssessment(), true);
        items(md, "Acknowledged Limitations", r.acknowledgedLimitations(), false);
        md.append("## Agent Performance Retro\n\n");
        for (Agent a : r.reviewers()) {
            md.append("### [").append(a.family()).append("]\n\n").append(a.family()).append(" took part in this review.\n\n");
        }
        if (!r.agentStats().isEmpty()) {
            summaryTable(md, r.agentStats());
        }
        List<Judgement> reconciled = r.judgements().stream()
                .filter(c -> c.source() == dev.reviewstats.model.JudgementSource.RECONCILIATION).toList();
        if (!reconciled.isEmpty()) {
            md.append("**Reconciliation:** ").append(reconciled.stream().map(MarkdownRenderer::change)
                    .collect(Collectors.joining(" "))).append("\n\n");
        }
        md.append("---\n\n");
        if (r.resolution() != null) {
            md.append("## Resolution\n\n| | |\n|---|---|\n");
            if (r.resolution().addressed() != null) {
                row(md, "Addressed", r.resolution().addressed().toString());
            }
            row(md, "Commit", "`" + r.resolution().commit() + "`");
            md.append("\n| # | Finding | Action |\n|---|---------|--------|\n");
            for (ResolutionItem i : r.resolution().items()) {
                md.append("| ").append(i.number()).append(" | ").append(i.findingRef()).append(" | ").append(i.actionRaw()).append(" |\n");
            }
            md.append('\n');
        }
        if (!r.originalReviews().isEmpty()) {
            md.append("## Appendix: Original Reviews\n\n");
            for (OriginalReview o : r.originalReviews()) {
                md.append("### [").append(o.agent().family()).append("] — Pass ").append(o.pass()).append("\n\n");
                md.append("<details>\n<summary>Full review output</summary>\n\n### Findings\n\n");
                for (Severity s : Severity.values()) {
                    md.append("#### ").append(sectionTitle(s)).append("\n\n");
                    List<Finding> fs = o.findings().stream().filter(f -> f.severity() == s).toList();
                    if (fs.isEmpty()) {
                        md.append("None.\n\n");
                    }
                    for (Finding f : fs) {
                        finding(md, f, false);
                    }
                }
                md.append("</details>\n\n");
            }
        }
        return md.toString();
    }

    static String sectionTitle(Severity s) {
        return switch (s) {
            case CRITICAL -> "Critical Issues";
            case IMPORTANT -> "Important Issues";
            case SUGGESTION -> "Suggestions";
        };
    }

    static String verdictWord(Review r) {
        return switch (r.verdict().outcome()) {
            case MERGE -> "Merge as-is";
            case MERGE_WITH_SUGGESTIONS -> "Merge with optional fixes";
            case MERGE_WITH_FIXES -> "Merge with fixes";
            case REWORK -> "Rework";
            case OTHER -> r.verdict().raw().isEmpty() ? "Undecided" : r.verdict().raw();
        };
    }

    private static void row(StringBuilder md, String label, String value) {
        md.append("| **").append(label).append("** | ").append(value).append(" |\n");
    }

    static String agentWithEffort(Agent a) {
        return a.displayName() + (a.effort().isEmpty() ? "" : " (effort: " + a.effort() + ")");
    }

    static String bracket(List<Agent> agents) {
        return "[" + agents.stream().map(Agent::displayName).collect(Collectors.joining(", ")) + "]";
    }

    private static void finding(StringBuilder md, Finding f, boolean consolidated) {
        md.append(f.id()).append(". **").append(f.title()).append("**");
        if (!f.locations().isEmpty()) {
            md.append(" — ").append(f.locations().stream().map(MarkdownRenderer::location).collect(Collectors.joining(", ")));
        }
        if (consolidated && !f.agents().isEmpty()) {
            md.append(' ').append(bracket(f.agents()));
        }
        String tags = f.tags().isEmpty() ? "" : ", " + String.join(", ", f.tags());
        md.append(" (").append(f.severity().name().toLowerCase(Locale.ROOT)).append(tags).append(")\n\n");
        if (!f.body().isEmpty()) {
            md.append(f.body()).append("\n\n");
        }
        if (!f.fix().isEmpty()) {
            md.append("Fix: ").append(f.fix()).append("\n\n");
        }
    }

    static String location(Location l) {
        return "`" + l.path() + (l.hasLines() ? ":" + l.startLine() + (l.endLine() != l.startLine() ? "-" + l.endLine() : "") : "") + "`";
    }

    private static void items(StringBuilder md, String title, List<TextItem> items, boolean numbered) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        int n = 1;
        for (TextItem t : items) {
            md.append(numbered ? (n++) + ". " : "- ").append(t.title().isEmpty() ? "" : "**" + t.title() + "**: ")
                    .append(t.text()).append('\n');
        }
        md.append("\n---\n\n");
    }

    static final List<String> ROWS = List.of("Duration", "Findings", "Tool calls", "Design observations",
            "False positives", "Unique insights", "Files reviewed", "Coverage misses", "Totals", "Downgraded", "Dropped");

    /** The summary table's rows as cell strings: one list per row, label first. */
    static List<List<String>> summaryRows(List<AgentStats> stats) {
        List<Function<AgentStats, String>> cells = List.of(
                s -> s.duration() == null ? "—" : minutesSeconds(s.duration()),
                s -> counts(s.findings()),
                s -> s.toolCalls() == null ? "—" : s.toolCalls().total() + (s.toolCalls().perTool().isEmpty() ? ""
                        : " (" + s.toolCalls().perTool().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")) + ")"),
                s -> number(s.designObservations()),
                s -> number(s.falsePositives()),
                s -> number(s.uniqueInsights()),
                s -> number(s.filesReviewed()),
                s -> number(s.coverageMisses()),
                s -> counts(s.totals()),
                s -> s.downgraded() == null ? "—" : s.downgraded().count() + (s.downgraded().transitions().isEmpty() ? ""
                        : " (" + String.join(", ", s.downgraded().transitions()) + ")"),
                s -> number(s.dropped()));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            List<String> row = new java.util.ArrayList<>();
            row.add(ROWS.get(i));
            for (AgentStats s : stats) {
                row.add(cells.get(i).apply(s));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void summaryTable(StringBuilder md, List<AgentStats> stats) {
        md.append("### Summary\n\n| |");
        stats.forEach(s -> md.append(' ').append(s.agent().displayName()).append(" |"));
        md.append("\n|---|").append("---|".repeat(stats.size())).append('\n');
        for (List<String> row : summaryRows(stats)) {
            boolean totals = row.get(0).equals("Totals");
            md.append("| ").append(totals ? "**Totals**" : row.get(0)).append(" |");
            for (String c : row.subList(1, row.size())) {
                md.append(' ').append(totals && !c.equals("—") ? "**" + c + "**" : c).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    static String counts(SeverityCounts c) {
        return c == null ? "—" : c.toString();
    }

    static String number(Integer n) {
        return n == null ? "—" : String.valueOf(n);
    }

    static String minutesSeconds(Duration d) {
        long s = d.getSeconds();
        return (s / 60) + "m " + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }

    static String wallClock(Duration d) {
        long s = d.getSeconds();
        long h = s / 3600;
        long m = (s % 3600) / 60;
        return (h > 0 ? h + " h " : "") + m + " min " + (s % 60) + " s";
    }

    static String change(Judgement c) {
        String head = c.agent().family() + " " + c.originalId() + (c.originalTitle().isEmpty() ? "" : " (" + c.originalTitle() + ")") + ": ";
        String from = c.from() == null ? "" : c.from().name().toLowerCase(Locale.ROOT) + " ";
        String body = from + switch (c.outcome()) {
            case DOWNGRADED, UPGRADED -> "→ " + c.to().name().toLowerCase(Locale.ROOT) + " " + c.finalId();
            case FALSE_POSITIVE -> "→ rejected as a false positive";
            case OUT_OF_SCOPE -> "→ dropped as out of scope";
            case DECLINED_EARLIER -> "→ dropped, already declined in an earlier round";
            case MOVED_TO_DESIGN_OBSERVATION -> "→ demoted to a design observation";
            case WITHDRAWN_BY_AGENT -> "→ withdrawn by the agent itself";
            case MERGED -> "→ merged into " + c.finalId();
            case KEPT -> "→ kept as " + c.finalId();
            case OTHER -> "→ dropped";
        };
        return head + body + (c.reason().isEmpty() ? "." : ", because " + c.reason() + ".");
    }

    static String commitLine(Commit c) {
        return c.sha() + " " + c.subject();
    }
}
