package dev.reviewstats.samples.render;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.TextItem;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a review as text flattened from its page, the way the two extractors seen in real use do:
 * {@link Form#FLATTENED_GLUED} glues table cells and leaves headings bare between blank lines;
 * {@link Form#FLATTENED_PIPES} keeps pipe tables (shifting the retro header's corner cell to the
 * end) and puts a pilcrow after headings. Stateless.
 */
public final class FlattenedRenderer {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern INTRAWORD_UNDERSCORE = Pattern.compile("(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])");

    /**
     * Renders a review as a text extractor would flatten its page.
     *
     * @param r the review
     * @param form the extractor's style
     * @return the text
     */
    public String render(Review r, Form form) {
        if (form != Form.FLATTENED_GLUED && form != Form.FLATTENED_PIPES) {
            throw new IllegalArgumentException("not a flattened form: " + form);
        }
        boolean pipes = form == Form.FLATTENED_PIPES;
        Out out = new Out(pipes);
        out.line("Deep Review: " + r.id());
        out.blank();
        List<String[]> meta = new ArrayList<>();
        if (r.date() != null) {
            meta.add(new String[] {"Date", r.date() + (r.time() == null ? "" : " " + r.time().format(MINUTES))});
        }
        if (!r.repository().isEmpty()) {
            meta.add(new String[] {"Repo", r.repository()});
        }
        if (r.round() != null) {
            meta.add(new String[] {"Round", r.round().number() + (r.round().qualifier().isEmpty() ? "" : " (" + r.round().qualifier() + ")")});
        }
        if (!r.author().isEmpty()) {
            meta.add(new String[] {"Author", "@" + r.author()});
        }
        if (r.pullRequest() != null) {
            meta.add(new String[] {"PR", "#" + r.pullRequest().number() + (r.pullRequest().title().isEmpty() ? "" : " — " + r.pullRequest().title())});
        }
        if (!r.branch().isEmpty()) {
            meta.add(new String[] {"Branch", r.branch()});
        }
        if (!r.commits().isEmpty()) {
            // Both extractors run the commit lines together.
            meta.add(new String[] {"Commits", r.commits().stream().map(MarkdownRenderer::commitLine).collect(Collectors.joining())
                    + (r.earlierCommits() > 0 ? "…plus " + r.earlierCommits() + " earlier commits" : "")});
        }
        meta.add(new String[] {"Reviewers", r.reviewers().stream().map(MarkdownRenderer::agentWithEffort).collect(Collectors.joining(", "))});
        if (r.verdict() != null) {
            meta.add(new String[] {"Verdict", MarkdownRenderer.verdictWord(r) + (r.verdict().rationale().isEmpty() ? "" : " — " + r.verdict().rationale())});
        }
        if (r.wallClock() != null) {
            meta.add(new String[] {"Wall-clock time", MarkdownRenderer.wallClock(r.wallClock())});
        }
        for (String[] m : meta) {
            out.line(pipes ? "| " + m[0] + " | " + m[1] + " |" : m[0] + m[1]);
        }
        out.heading("Executive Summary");
        out.paragraph(r.executiveSummary());
        for (Severity s : Severity.values()) {
            out.heading(MarkdownRenderer.sectionTitle(s));
            List<Finding> fs = r.findings(s);
            if (fs.isEmpty()) {
                out.paragraph("None.");
            }
            for (Finding f : fs) {
                out.line(f.id() + ". " + f.title() + f.agents().stream().map(a -> " " + a.family()).collect(Collectors.joining())
                        + (pipes ? "¶" : ""));
                if (!f.body().isEmpty()) {
                    out.paragraph(f.body());
                }
                if (!f.fix().isEmpty()) {
                    out.paragraph("Fix: " + f.fix());
                }
            }
        }
        if (!r.designObservations().isEmpty()) {
            out.heading("Design Observations");
            for (ObservationKind k : List.of(ObservationKind.CONCERN, ObservationKind.STRENGTH)) {
                List<DesignObservation> of = r.designObservations().stream().filter(o -> o.kind() == k).toList();
                if (!of.isEmpty()) {
                    out.line(k == ObservationKind.CONCERN ? "Concerns" : "Strengths");
                    for (DesignObservation o : of) {
                        out.line(o.title() + (o.scope().isEmpty() ? "" : " (" + o.scope() + ")") + ": " + o.text()
                                + o.agents().stream().map(a -> " " + a.family()).collect(Collectors.joining()));
                    }
                    out.blank();
                }
            }
        }
        textItems(out, "Testing Assessment", r.testingAssessment());
        textItems(out, "Acknowledged Limitations", r.acknowledgedLimitations());
        out.heading("Agent Performance Retro");
        for (Agent a : r.reviewers()) {
            out.subheading(a.family());
            out.paragraph(a.family() + " took part in this review.");
        }
        if (!r.agentStats().isEmpty()) {
            out.subheading("Summary");
            List<List<String>> rows = MarkdownRenderer.summaryRows(r.agentStats());
            if (pipes) {
                out.line("| " + r.agentStats().stream().map(s -> s.agent().displayName()).collect(Collectors.joining(" | ")) + " | |");
                out.line("|---|" + "---|".repeat(r.agentStats().size()));
                for (List<String> row : rows) {
                    out.line("| " + String.join(" | ", row) + " |");
                }
            } else {
                out.line(r.agentStats().stream().map(s -> s.agent().displayName()).collect(Collectors.joining()));
                for (List<String> row : rows) {
                    String line = String.join("", row);
                    out.line(row.get(0).equals("Tool calls") ? INTRAWORD_UNDERSCORE.matcher(line).replaceAll("") : line);
                }
            }
            out.blank();
        }
        List<Judgement> reconciled = r.judgements().stream().filter(c -> c.source() == JudgementSource.RECONCILIATION).toList();
        if (!reconciled.isEmpty()) {
            out.paragraph("Reconciliation: " + reconciled.stream().map(MarkdownRenderer::change).collect(Collectors.joining(" ")));
        }
        if (r.resolution() != null) {
            out.heading("Resolution");
            if (pipes) {
                if (r.resolution().addressed() != null) {
                    out.line("| Addressed | " + r.resolution().addressed() + " |");
                }
                out.line("| Commit | " + r.resolution().commit() + " |");
                out.line("| # | Finding | Action |");
                out.line("|---|---|---|");
                for (ResolutionItem i : r.resolution().items()) {
                    out.line("| " + i.number() + " | " + i.findingRef() + " | " + i.actionRaw() + " |");
                }
            } else {
                if (r.resolution().addressed() != null) {
                    out.line("Addressed" + r.resolution().addressed());
                }
                out.line("Commit" + r.resolution().commit());
                out.line("#FindingAction");
                for (ResolutionItem i : r.resolution().items()) {
                    out.line(i.number() + i.findingRef() + i.actionRaw());
                }
            }
            out.blank();
        }
        return out.toString();
    }

    private static void textItems(Out out, String title, List<TextItem> items) {
        if (items.isEmpty()) {
            return;
        }
        out.heading(title);
        for (TextItem t : items) {
            out.paragraph((t.title().isEmpty() ? "" : t.title() + ": ") + t.text());
        }
    }

    /** Lines in the style of one extractor. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder();
        private final boolean pipes;

        Out(boolean pipes) {
            this.pipes = pipes;
        }

        void line(String s) {
            sb.append(s).append('\n');
        }

        void blank() {
            if (!pipes) {
                sb.append('\n');
            }
        }

        void heading(String title) {
            if (pipes) {
                line(title + " ¶");
            } else {
                sb.append("\n\n").append(title).append("\n\n");
            }
        }

        void subheading(String title) {
            if (pipes) {
                line(title + " ¶");
            } else {
                sb.append('\n').append(title).append("\n\n");
            }
        }

        void paragraph(String text) {
            line(text);
            blank();
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
