package dev.reviewstats.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.analytics.AgentValue;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.json.TerminalSafeEscapes;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.parse.Reduced;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code review-stats value PATH...}: what each agent adds, what it costs, and the best panels. */
@Command(name = "value", mixinStandardHelpOptions = true,
        description = "What each agent adds: the findings only it raised and what the team would lose without it, overlap "
                + "between agents, what a run costs, and the best panel of each size (definitions in docs/metrics.md).")
final class ValueCommand extends OutputCommand {
    /** The format names. */
    enum Format {
        text, markdown, csv, json
    }

    private static final String[] CSV_HEADER = {"agent", "runs", "failed_runs", "empty_runs", "runs_known_empty_or_not", "credited", "unique",
        "unique_critical", "unique_important", "unique_suggestion", "unique_fixed", "unique_per_run", "unique_per_run_low",
        "unique_per_run_high", "lost_without_critical_important", "share_of_fixed", "median_minutes", "timed_runs",
        "median_tool_calls", "unique_critical_important_per_hour"};


    @Mixin
    LoadOptions load = new LoadOptions();

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders to read, or REPOSITORY@REF for a git ref (default: the current folder).")
    List<Path> paths;

    @Option(names = "--by", defaultValue = "family", paramLabel = "BY", converter = Choices.Groupings.class,
            completionCandidates = Choices.Groupings.class, description = "Pool agents by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Grouping by;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the bootstrap intervals: the same seed gives the same intervals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        filter.validate(spec);
        PrintWriter out = out();
        PrintWriter err = err();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of(".")) : paths;
        // Each review is reduced to a few bytes per finding as it is read.
        Reduced<AgentValue.ReviewFacts> loaded = Inputs.filtered(inputs, err, load, filter, r -> AgentValue.facts(r, by));
        AgentValue.Report report = AgentValue.of(loaded.values(), seed);
        out.print(switch (format) {
            case text -> text(report, false);
            case markdown -> text(report, true);
            case csv -> csv(report);
            case json -> json(report);
        });
        return Inputs.finish(out, err, loaded.skipped()).code();
    }

    static String text(AgentValue.Report r, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        String h = markdown ? "## " : "";
        sb.append(h).append("What each agent adds: ").append(r.reviews()).append(" reviews, ").append(r.findings().total())
                .append(" consolidated findings (").append(r.findings().critical()).append(" critical, ").append(r.findings().important())
                .append(" important, ").append(r.findings().suggestion()).append(" suggestions), ").append(r.fixed()).append(" fixed\n\n");
        if (r.rows().isEmpty()) {
            return sb.append("No agent took part in the reviews read.\n").toString();
        }
        for (AgentValue.Row row : r.rows()) {
            sb.append(markdown ? "- " : "").append(sentence(row)).append('\n');
        }
        sb.append('\n');
        List<String> head = List.of("Agent", "Runs", "Failed", "Empty", "Only it (C/I/S)", "Fixed", "Per run [95% CI]", "Lost w/o (C+I)",
                "Share of fixed", "Median min", "Median tools", "C+I per hour");
        List<List<String>> rows = new ArrayList<>();
        for (AgentValue.Row row : r.rows()) {
            SeverityCounts u = row.unique();
            rows.add(List.of(TerminalText.safe(row.agent()), String.valueOf(row.runs()), String.valueOf(row.failedRuns()),
                    row.runsKnownEmptyOrNot() == 0 ? "—" : row.emptyRuns() + "/" + row.runsKnownEmptyOrNot(),
                    u.critical() + "/" + u.important() + "/" + u.suggestion(), String.valueOf(row.uniqueFixed()),
                    String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", row.uniquePerRun(), row.uniquePerRunLow(), row.uniquePerRunHigh()),
                    String.valueOf(row.lostWithout()), percent(row.shareOfFixed()), number(row.medianMinutes(), "%.1f"),
                    number(row.medianToolCalls(), "%.0f"), number(row.uniqueCriticalImportantPerHour(), "%.2f")));
        }
        sb.append(table(head, rows, markdown)).append('\n');
        sb.append(h).append("Overlap: findings both agents raised (Jaccard index)\n\n");
        List<List<String>> pairs = new ArrayList<>();
        for (AgentValue.Overlap o : r.overlaps()) {
            if (o.either() > 0) {
                pairs.add(List.of(TerminalText.safe(o.a()), TerminalText.safe(o.b()), String.valueOf(o.both()), String.valueOf(o.either()),
                        number(o.jaccard(), "%.2f")));
            }
        }
        sb.append(table(List.of("Agent", "Agent", "Both", "Either", "Jaccard"), pairs, markdown, java.util.Set.of(0, 1))).append('\n');
        sb.append(h).append("Best panel of each size (critical + important findings caught; fixed findings caught)\n\n");
        int ci = r.findings().critical() + r.findings().important();
        List<List<String>> panels = new ArrayList<>();
        for (AgentValue.Panel p : r.panels()) {
            panels.add(List.of(TerminalText.safe(String.join(" + ", p.agents())), String.valueOf(p.size()),
                    p.caught() + "/" + ci + " (" + percent(ci == 0 ? null : p.caught() / (double) ci) + ")",
                    p.caughtFixed() + "/" + r.fixed() + " (" + percent(r.fixed() == 0 ? null : p.caughtFixed() / (double) r.fixed()) + ")",
                    TerminalText.safe(String.join(" + ", p.bestForFixed())) + " (" + p.bestFixedCaught() + ")"));
        }
        sb.append(table(List.of("Panel", "Size", "C+I caught", "Fixed caught", "Best panel for fixed"), panels, markdown,
                java.util.Set.of(0, 4)));
        boolean exact = r.panels().stream().allMatch(AgentValue.Panel::exact);
        sb.append('\n').append(exact ? "Every panel of each size was tried."
                : "More than " + AgentValue.EXACT_PANEL_AGENTS + " agents: each panel adds the agent that catches most (greedy, not exact).")
                .append(" Only it: consolidated findings attributed to the agent alone. Failed: runs the Reviewers row strikes out or")
                .append(" notes as failed (not counted in Runs). Empty: runs that returned no finding, of those whose report says. A panel pools every review read, so")
                .append(" versions that never ran side by side are counted as if they had. Intervals: bootstrap over reviews, seed ")
                .append(r.seed()).append(".\n");
        return sb.toString();
    }

    /** The agent's line a lead reads in a retro. */
    static String sentence(AgentValue.Row row) {
        SeverityCounts u = row.unique();
        String lost = u.critical() + u.important() == 0 ? "no critical or important finding"
                : (u.critical() > 0 ? u.critical() + " critical" + (u.important() > 0 ? " and " : "") : "")
                + (u.important() > 0 ? u.important() + " important" : "") + " finding" + (u.critical() + u.important() == 1 ? "" : "s");
        String fixed = u.critical() + u.important() + u.suggestion() == 0 ? ""
                : ", " + row.uniqueFixed() + " of its " + u.total() + " unique finding" + (u.total() == 1 ? "" : "s") + " fixed";
        String cost = row.medianMinutes() == null ? "" : String.format(Locale.ROOT, "; it takes %.0f minute%s a review", row.medianMinutes(),
                Math.round(row.medianMinutes()) == 1 ? "" : "s");
        if (row.failedRuns() > 0) {
            cost += String.format(Locale.ROOT, "%s failed %d time%s", cost.isEmpty() ? "; it" : " and", row.failedRuns(),
                    row.failedRuns() == 1 ? "" : "s");
        }
        return TerminalText.safe("Without " + row.agent() + " we would have missed " + lost + " in " + row.runs() + " review"
                + (row.runs() == 1 ? "" : "s") + fixed + cost + ".");
    }

    private static String table(List<String> head, List<List<String>> rows, boolean markdown) {
        return table(head, rows, markdown, java.util.Set.of(0));
    }

    /** A plain or Markdown table; the columns in {@code names} hold names and are left-aligned, the rest figures. */
    private static String table(List<String> head, List<List<String>> rows, boolean markdown, java.util.Set<Integer> names) {
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("| ").append(String.join(" | ", head)).append(" |\n|");
            head.forEach(x -> sb.append(" --- |"));
            sb.append('\n');
            rows.forEach(r -> sb.append("| ").append(String.join(" | ", r)).append(" |\n"));
            return sb.toString();
        }
        int[] width = new int[head.size()];
        for (int i = 0; i < head.size(); i++) {
            width[i] = head.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(names.contains(i) ? cell + pad : pad + cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String percent(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    private static String number(Double v, String pattern) {
        return v == null ? "—" : String.format(Locale.ROOT, pattern, v);
    }

    static String csv(AgentValue.Report r) {
        StringBuilder sb = new StringBuilder(Csv.row(List.of(CSV_HEADER)));
        for (AgentValue.Row row : r.rows()) {
            List<String> v = List.of(row.agent(), String.valueOf(row.runs()), String.valueOf(row.failedRuns()),
                    String.valueOf(row.emptyRuns()),
                    String.valueOf(row.runsKnownEmptyOrNot()), String.valueOf(row.credited().total()), String.valueOf(row.unique().total()),
                    String.valueOf(row.unique().critical()), String.valueOf(row.unique().important()), String.valueOf(row.unique().suggestion()),
                    String.valueOf(row.uniqueFixed()), fixed(row.uniquePerRun()), fixed(row.uniquePerRunLow()), fixed(row.uniquePerRunHigh()),
                    String.valueOf(row.lostWithout()), fixed(row.shareOfFixed()), fixed(row.medianMinutes()), String.valueOf(row.timedRuns()),
                    fixed(row.medianToolCalls()), fixed(row.uniqueCriticalImportantPerHour()));
            sb.append(Csv.row(v));
        }
        return sb.toString();
    }

    private static String fixed(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String json(AgentValue.Report r) {
        ObjectMapper mapper = TerminalSafeEscapes.on(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
        ObjectNode root = mapper.createObjectNode();
        root.put("reviews", r.reviews());
        root.set("findings", counts(mapper, r.findings()));
        root.put("fixed", r.fixed());
        root.put("seed", r.seed());
        ArrayNode agents = root.putArray("agents");
        for (AgentValue.Row row : r.rows()) {
            ObjectNode o = agents.addObject();
            o.put("agent", row.agent());
            o.put("runs", row.runs());
            o.put("failedRuns", row.failedRuns());
            o.put("emptyRuns", row.emptyRuns());
            o.put("runsKnownEmptyOrNot", row.runsKnownEmptyOrNot());
            o.set("credited", counts(mapper, row.credited()));
            o.set("unique", counts(mapper, row.unique()));
            o.put("uniqueFixed", row.uniqueFixed());
            o.put("uniquePerRun", row.uniquePerRun());
            o.putArray("uniquePerRunInterval").add(row.uniquePerRunLow()).add(row.uniquePerRunHigh());
            o.put("lostWithoutCriticalImportant", row.lostWithout());
            o.put("shareOfFixed", row.shareOfFixed());
            o.put("medianMinutes", row.medianMinutes());
            o.put("timedRuns", row.timedRuns());
            o.put("medianToolCalls", row.medianToolCalls());
            o.put("uniqueCriticalImportantPerHour", row.uniqueCriticalImportantPerHour());
        }
        ArrayNode overlaps = root.putArray("overlaps");
        for (AgentValue.Overlap ov : r.overlaps()) {
            ObjectNode o = overlaps.addObject();
            o.put("a", ov.a());
            o.put("b", ov.b());
            o.put("both", ov.both());
            o.put("either", ov.either());
            o.put("jaccard", ov.jaccard());
        }
        ArrayNode panels = root.putArray("panels");
        for (AgentValue.Panel p : r.panels()) {
            ObjectNode o = panels.addObject();
            o.put("size", p.size());
            p.agents().forEach(o.putArray("agents")::add);
            o.put("caughtCriticalImportant", p.caught());
            o.put("caughtFixed", p.caughtFixed());
            p.bestForFixed().forEach(o.putArray("bestForFixed")::add);
            o.put("bestForFixedCaught", p.bestFixedCaught());
            o.put("exact", p.exact());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode counts(ObjectMapper mapper, SeverityCounts c) {
        ObjectNode o = mapper.createObjectNode();
        o.put("critical", c.critical());
        o.put("important", c.important());
        o.put("suggestion", c.suggestion());
        return o;
    }
}
