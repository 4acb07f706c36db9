package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Downgrades;
import dev.reviewstats.model.RetroRow;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.ToolCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the retro summary table: one column per agent (or, transposed, one row per agent), one row
 * per metric. Cells that say "—" are unknown and stay empty; cells that cannot be read stay empty
 * with a diagnostic.
 */
final class RetroExtractor {
    /** A False positives cell whose note says the "false positive" was a grade, not a claim. */
    private static final Pattern SEVERITY_QUALIFIER = Pattern.compile(
            "(?i)\\([^)]{0,80}\\b(?:severity|overstat\\w*|inflat\\w*|miscalibrat\\w*|over-?rated)\\b[^)]{0,80}\\)");

    private RetroExtractor() {
    }

    /** The first table of the retro whose header (or first column) names agents. */
    static Optional<TableBlock> findTable(List<Part> parts, ParseContext ctx) {
        for (Part p : parts) {
            for (Block b : p.blocks()) {
                if (b instanceof TableBlock t && (agentColumns(t, ctx) > 0 || agentRows(t, ctx) > 0)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static long agentColumns(TableBlock t, ParseContext ctx) {
        return t.header().stream().skip(1).filter(h -> ctx.agents().parse(h, false).isPresent()).count();
    }

    private static long agentRows(TableBlock t, ParseContext ctx) {
        return t.rows().stream().filter(r -> !r.isEmpty() && ctx.agents().parse(r.get(0), false).isPresent()).count();
    }

    static List<AgentStats> extract(TableBlock table, ParseContext ctx) {
        // Normalise to columns-are-agents.
        List<String> agentsRaw = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        if (agentColumns(table, ctx) >= agentRows(table, ctx)) {
            agentsRaw.addAll(table.header().subList(1, table.header().size()));
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                if (row.isEmpty()) {
                    continue;
                }
                rowLabels.add(row.get(0));
                rowLines.add(table.rowLine(r));
                cells.add(row.subList(1, row.size()));
            }
        } else {
            for (int r = 0; r < table.rows().size(); r++) {
                agentsRaw.add(table.rows().get(r).isEmpty() ? "" : table.rows().get(r).get(0));
            }
            for (int c = 1; c < table.header().size(); c++) {
                rowLabels.add(table.header().get(c));
                rowLines.add(table.line());
                List<String> col = new ArrayList<>();
                for (List<String> row : table.rows()) {
                    col.add(c < row.size() ? row.get(c) : "");
                }
                cells.add(col);
            }
        }
        List<AgentStats> out = new ArrayList<>();
        for (int a = 0; a < agentsRaw.size(); a++) {
            Optional<Agent> named = ctx.agents().parse(agentsRaw.get(a), false);
            if (named.isEmpty()) {
                if (!Inline.plain(agentsRaw.get(a)).isEmpty()) {
                    ctx.report(DiagnosticCode.RETRO_AGENT_UNKNOWN, "summary-table column '"
                            + Inline.plain(agentsRaw.get(a)) + "' names no agent", table.line());
                }
                continue;
            }
            Agent agent = ctx.agents().resolve(named.get()).orElse(named.get());
            out.add(column(agent, a, rowLabels, rowLines, cells, ctx));
        }
        return out;
    }

    private static AgentStats column(Agent agent, int a, List<String> labels, List<Integer> lines,
            List<List<String>> cells, ParseContext ctx) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int r = 0; r < labels.size(); r++) {
            String label = Inline.plain(labels.get(r)).toLowerCase(Locale.ROOT).strip();
            String cell = a < cells.get(r).size() ? cells.get(r).get(a) : "";
            raw.put(label, Inline.plain(cell));
            lineOf.put(label, lines.get(r));
        }
        Cells c = new Cells(agent, raw, lineOf, ctx);
        Duration duration = c.labelOf(RetroRow.DURATION_SECONDS) != null
                ? c.read(RetroRow.DURATION_SECONDS, s -> Durations.parse(s, true))
                : c.read(RetroRow.DURATION, s -> Durations.parse(s, false));
        SeverityCounts findings = c.read(RetroRow.FINDINGS, Counts::severityCounts);
        if (findings == null) {
            findings = severityRows(c, raw);
        }
        ToolCalls toolCalls = c.read(RetroRow.TOOL_CALLS, Counts::toolCalls);
        Integer design = c.read(RetroRow.DESIGN_OBSERVATIONS, Counts::leadingInt);
        Integer falsePositives = c.read(RetroRow.FALSE_POSITIVES, Counts::leadingInt);
        String fpLabel = c.labelOf(RetroRow.FALSE_POSITIVES);
        String fpCell = fpLabel == null ? "" : raw.get(fpLabel);
        Integer severityMisjudgements = null;
        if (falsePositives != null && falsePositives > 0 && SEVERITY_QUALIFIER.matcher(fpCell).find()) {
            // "1 (severity)", "1 (severity inflation)", "1 (Critical #1 overstated)": the consolidator
            // counted a finding it graded too high, which the metrics count as a downgrade, not a wrong claim.
            ctx.report(DiagnosticCode.RETRO_FALSE_POSITIVE_SEVERITY, "summary-table false positives of "
                    + agent.displayName() + " reads '" + fpCell + "': a severity misjudgement, read as 0 false positives",
                    lineOf.getOrDefault(fpLabel, 0));
            severityMisjudgements = falsePositives;
            falsePositives = 0;
        }
        Integer unique = c.read(RetroRow.UNIQUE_INSIGHTS, Counts::leadingInt);
        Integer files = c.read(RetroRow.FILES_REVIEWED, Counts::leadingInt);
        Integer misses = c.read(RetroRow.COVERAGE_MISSES, Counts::leadingInt);
        SeverityCounts totals = c.read(RetroRow.TOTALS, Counts::severityCounts);
        Downgrades downgraded = c.read(RetroRow.DOWNGRADED, Counts::downgrades);
        if (downgraded == null && c.labelOf(RetroRow.DOWNGRADED) == null) {
            // Early tables note downgrades inside their severity rows: "0 (2 downgraded)", "1 (downgraded)".
            int noted = 0;
            for (Map.Entry<String, String> e : raw.entrySet()) {
                if (severityRow(e.getKey()).isPresent()) {
                    noted += severityCell(e.getValue())[1];
                }
            }
            downgraded = noted > 0 ? new Downgrades(noted, List.of()) : null;
        }
        Integer dropped = c.read(RetroRow.DROPPED, Counts::leadingInt);
        for (String label : raw.keySet()) {
            if (!c.used.contains(label) && severityRow(label).isEmpty()) {
                ctx.report(DiagnosticCode.RETRO_ROW_UNKNOWN, "summary-table row '" + label
                        + "' is kept as a raw cell only", lineOf.get(label));
            }
        }
        return new AgentStats(agent, duration, findings, toolCalls, design, falsePositives, severityMisjudgements, unique, files,
                misses, totals, downgraded, dropped, raw);
    }

    /** Early tables give one row per severity instead of a Findings row; they count what the agent raised. */
    private static SeverityCounts severityRows(Cells c, Map<String, String> raw) {
        SeverityCounts counts = null;
        for (String label : raw.keySet()) {
            Optional<Severity> severity = severityRow(label);
            if (severity.isEmpty()) {
                continue;
            }
            Integer n = c.read(label, Counts::leadingInt);
            if (n != null) {
                counts = (counts == null ? SeverityCounts.ZERO : counts).plus(severity.get(), severityCell(raw.get(label))[0]);
            }
        }
        return counts;
    }

    /** The severity of a row of an early table that counts one severity ("Critical", "Suggestions"). */
    private static Optional<Severity> severityRow(String label) {
        return RetroRow.of(label).flatMap(RetroRow::severity);
    }

    /** A downgrade note in a severity cell: "(2 downgraded)", "(downgraded)", "(both downgraded)". */
    private static final Pattern DOWNGRADE_NOTE = Pattern.compile("(?i)\\(\\s*(?<count>\\d+|both|all)?\\s*downgraded[^)]*\\)");

    /**
     * What one severity cell of an early table says: {raised at that severity, of which downgraded}.
     * "0 (2 downgraded)" is none kept there and two downgraded from it, so two raised; "1 (downgraded)"
     * and "2 (both downgraded)" raised that many, all downgraded.
     */
    static int[] severityCell(String cell) {
        int lead = Counts.leadingInt(cell).orElse(0);
        java.util.regex.Matcher m = DOWNGRADE_NOTE.matcher(cell);
        if (!m.find()) {
            return new int[] {lead, 0};
        }
        String n = m.group("count");
        int noted = n == null || n.equalsIgnoreCase("all") ? lead : n.equalsIgnoreCase("both") ? 2 : Math.max(0, Counts.intOrMinusOne(n));
        return lead == 0 ? new int[] {noted, noted} : new int[] {lead, Math.min(lead, noted)};
    }

    /** Reads cells by label, reporting unreadable ones. */
    private static final class Cells {
        final Agent agent;
        final Map<String, String> raw;
        final Map<String, Integer> lines;
        final ParseContext ctx;
        final java.util.Set<String> used = new java.util.HashSet<>();

        Cells(Agent agent, Map<String, String> raw, Map<String, Integer> lines, ParseContext ctx) {
            this.agent = agent;
            this.raw = raw;
            this.lines = lines;
            this.ctx = ctx;
        }

        /** The label under which the table has a row, or {@code null} when it has none. */
        String labelOf(RetroRow row) {
            for (String label : raw.keySet()) {
                if (RetroRow.of(label).orElse(null) == row) {
                    return label;
                }
            }
            return null;
        }

        <T> T read(RetroRow row, Function<String, Optional<T>> grammar) {
            String label = labelOf(row);
            return label == null ? null : read(label, grammar);
        }

        <T> T read(String label, Function<String, Optional<T>> grammar) {
            if (!raw.containsKey(label)) {
                return null;
            }
            used.add(label);
            String cell = raw.get(label);
            if (Durations.saysUnknown(cell)) {
                return null;
            }
            Optional<T> v = grammar.apply(cell);
            if (v.isEmpty()) {
                ctx.report(DiagnosticCode.RETRO_CELL_UNREADABLE, "summary-table " + label + " of "
                        + agent.displayName() + " reads '" + cell + "'", lines.getOrDefault(label, 0));
            }
            return v.orElse(null);
        }
    }
}
