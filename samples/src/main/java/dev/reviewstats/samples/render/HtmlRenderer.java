package dev.reviewstats.samples.render;


import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.TextItem;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a review as the review tool's HTML page: metadata table, finding cards with agent pills and
 * code-file headers, the retro table. Like the tool's pages, it has no appendix. Stateless.
 */
public final class HtmlRenderer {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Renders a review as the review tool's HTML page.
     *
     * @param r the review
     * @return the page
     */
    public String render(Review r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Deep Review: ")
                .append(esc(r.id())).append("</title>\n</head>\n<body>\n  <main>\n    <h1>Deep Review: ").append(esc(r.id()))
                .append("</h1>\n\n    <table class=\"meta-table\">\n");
        if (r.date() != null) {
            meta(h, "Date", esc(r.date() + (r.time() == null ? "" : " " + r.time().format(MINUTES))));
        }
        if (!r.repository().isEmpty()) {
            meta(h, "Repo", esc(r.repository()));
        }
        if (r.round() != null) {
            meta(h, "Round", r.round().number() + (r.round().qualifier().isEmpty() ? "" : " (" + esc(r.round().qualifier()) + ")"));
        }
        if (!r.author().isEmpty()) {
            meta(h, "Author", "@" + esc(r.author()));
        }
        if (r.pullRequest() != null) {
            meta(h, "PR", "#" + r.pullRequest().number() + (r.pullRequest().title().isEmpty() ? "" : " &mdash; " + esc(r.pullRequest().title())));
        }
        if (!r.branch().isEmpty()) {
            meta(h, "Branch", "<code>" + esc(r.branch()) + "</code>");
        }
        if (!r.commits().isEmpty()) {
            meta(h, "Commits", r.commits().stream().map(c -> "<code>" + esc(c.sha()) + "</code> " + esc(c.subject()))
                    .collect(Collectors.joining("<br>")) + (r.earlierCommits() > 0 ? "<br>…plus " + r.earlierCommits() + " earlier commits" : ""));
        }
        meta(h, "Reviewers", r.reviewers().stream().map(a -> pill(a) + " " + esc(a.model())
                + (a.effort().isEmpty() ? "" : " (effort: " + esc(a.effort()) + ")")).collect(Collectors.joining(", ")));
        if (r.verdict() != null) {
            meta(h, "Verdict", "<span class=\"verdict\">" + esc(MarkdownRenderer.verdictWord(r)) + "</span>"
                    + (r.verdict().rationale().isEmpty() ? "" : " &mdash; " + esc(r.verdict().rationale())));
        }
        if (r.wallClock() != null) {
            meta(h, "Wall-clock time", "<code>" + MarkdownRenderer.wallClock(r.wallClock()) + "</code>");
        }
        h.append("    </table>\n");
        section(h, "Executive Summary");
        h.append("    <div class=\"card card-neutral\">\n    <p>").append(esc(r.executiveSummary())).append("</p>\n    </div>\n");
        for (Severity s : Severity.values()) {
            section(h, MarkdownRenderer.sectionTitle(s));
            String card = "card card-" + s.name().toLowerCase(Locale.ROOT);
            List<Finding> fs = r.findings(s);
            if (fs.isEmpty()) {
                h.append("    <div class=\"").append(card).append("\">\n    <p>None.</p>\n    </div>\n");
            }
            for (Finding f : fs) {
                h.append("    <div class=\"").append(card).append("\">\n      <div class=\"finding-title\" id=\"").append(f.id())
                        .append("\">\n        <span class=\"finding-num\">").append(f.id()).append(".</span> ").append(esc(f.title()));
                for (Agent a : f.agents()) {
                    h.append(' ').append(pill(a));
                }
                if (!f.tags().isEmpty()) {
                    h.append("<br>&mdash; ").append(esc(String.join(", ", f.tags())));
                }
                h.append("<a href=\"#").append(f.id()).append("\" class=\"pilcrow\">&#182;</a>\n      </div>\n");
                for (Location l : f.locations()) {
                    h.append("      <div class=\"code-file-header\"><a href=\"https://example.invalid/blob/main/").append(esc(l.path()))
                            .append("\">").append(esc(l.path())).append("</a></div>\n      <pre data-line=\"")
                            .append(l.hasLines() ? l.startLine() + (l.endLine() != l.startLine() ? "-" + l.endLine() : "") : "")
                            .append("\"><code>// excerpt</code></pre>\n");
                }
                if (!f.body().isEmpty()) {
                    h.append("    <p>").append(esc(f.body())).append("</p>\n");
                }
                if (!f.fix().isEmpty()) {
                    h.append("    <p>Fix: ").append(esc(f.fix())).append("</p>\n");
                }
                h.append("    </div>\n");
            }
        }
        if (!r.designObservations().isEmpty()) {
            section(h, "Design Observations");
            h.append("    <div class=\"card card-design\">\n");
            for (ObservationKind k : List.of(ObservationKind.CONCERN, ObservationKind.STRENGTH)) {
                List<DesignObservation> of = r.designObservations().stream().filter(o -> o.kind() == k).toList();
                if (of.isEmpty()) {
                    continue;
                }
                h.append("    <h3>").append(k == ObservationKind.CONCERN ? "Concerns" : "Strengths").append("</h3>\n    <ul>\n");
                for (DesignObservation o : of) {
                    h.append("      <li><strong>").append(esc(o.title())).append(o.scope().isEmpty() ? "" : " (" + esc(o.scope()) + ")")
                            .append("</strong>: ").append(esc(o.text()));
                    o.agents().forEach(a -> h.append(' ').append(pill(a)));
                    h.append("</li>\n");
                }
                h.append("    </ul>\n");
            }
            h.append("    </div>\n");
        }
        items(h, "Testing Assessment", r.testingAssessment(), "ol");
        items(h, "Acknowledged Limitations", r.acknowledgedLimitations(), "ul");
        section(h, "Agent Performance Retro");
        h.append("    <div class=\"card card-neutral\">\n");
        for (Agent a : r.reviewers()) {
            h.append("    <h3>").append(pill(a)).append("</h3>\n    <p>").append(esc(a.family())).append(" took part in this review.</p>\n");
        }
        if (!r.agentStats().isEmpty()) {
            h.append("    <h3>Summary</h3>\n    <table class=\"retro-table\">\n      <thead><tr><th></th>");
            for (AgentStats s : r.agentStats()) {
                h.append("<th>").append(pill(s.agent())).append(' ').append(esc(s.agent().model())).append("</th>");
            }
            h.append("</tr></thead>\n      <tbody>\n");
            for (List<String> row : MarkdownRenderer.summaryRows(r.agentStats())) {
                h.append("        <tr>");
                row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("      </tbody>\n    </table>\n");
        }
        List<Judgement> reconciled = r.judgements().stream().filter(c -> c.source() == JudgementSource.RECONCILIATION).toList();
        if (!reconciled.isEmpty()) {
            h.append("    <p><strong>Reconciliation:</strong> ").append(esc(reconciled.stream().map(MarkdownRenderer::change)
                    .collect(Collectors.joining(" ")))).append("</p>\n");
        }
        h.append("    </div>\n");
        if (r.resolution() != null) {
            section(h, "Resolution");
            h.append("    <div class=\"card card-neutral\">\n    <table>\n      <thead><tr><th></th><th></th></tr></thead>\n      <tbody>\n");
            if (r.resolution().addressed() != null) {
                h.append("        <tr><td><strong>Addressed</strong></td><td>").append(r.resolution().addressed()).append("</td></tr>\n");
            }
            h.append("        <tr><td><strong>Commit</strong></td><td><code>").append(esc(r.resolution().commit()))
                    .append("</code></td></tr>\n      </tbody>\n    </table>\n    <table>\n")
                    .append("      <thead><tr><th>#</th><th>Finding</th><th>Action</th></tr></thead>\n      <tbody>\n");
            for (ResolutionItem i : r.resolution().items()) {
                h.append("        <tr><td>").append(i.number()).append("</td><td>").append(esc(i.findingRef())).append("</td><td>")
                        .append(esc(i.actionRaw())).append("</td></tr>\n");
            }
            h.append("      </tbody>\n    </table>\n    </div>\n");
        }
        h.append("  </main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void meta(StringBuilder h, String label, String value) {
        h.append("      <tr><td>").append(label).append("</td><td>").append(value).append("</td></tr>\n");
    }

    private static void section(StringBuilder h, String title) {
        String id = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        h.append("    <hr>\n    <h2 id=\"").append(id).append("\">").append(esc(title)).append(" <a href=\"#").append(id)
                .append("\" class=\"pilcrow\">&#182;</a></h2>\n\n");
    }

    private static void items(StringBuilder h, String title, List<TextItem> items, String list) {
        if (items.isEmpty()) {
            return;
        }
        section(h, title);
        h.append("    <div class=\"card card-neutral\">\n    <").append(list).append(">\n");
        for (TextItem t : items) {
            h.append("      <li>").append(t.title().isEmpty() ? "" : "<strong>" + esc(t.title()) + "</strong>: ").append(esc(t.text()))
                    .append("</li>\n");
        }
        h.append("    </").append(list).append(">\n    </div>\n");
    }

    private static String pill(Agent a) {
        return "<span class=\"pill pill-" + a.family().toLowerCase(Locale.ROOT) + "\">" + esc(a.family()) + "</span>";
    }

    private static String esc(String s) {
        return HtmlText.escape(s);
    }
}
