package dev.reviewstats.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a leaderboard as an aligned text table, Markdown, CSV or JSON; all carry the same numbers. */
enum LeaderboardFormat {
    text, markdown, csv, json;

    private static final List<String> CSV_HEADER = List.of("agent", "ranked", "reviews", "raised",
            "reviews_with_appendix", "credited", "credited_critical", "credited_important", "credited_suggestion", "unique",
            "consensus", "false_positives", "fp_rate", "fp_rate_low", "fp_rate_high", "fp_base", "downgraded", "upgraded",
            "downgrade_rate", "downgrade_rate_low", "downgrade_rate_high", "downgrade_base", "dropped", "keep_rate",
            "keep_rate_low", "keep_rate_high", "keep_base", "fixed", "resolved", "fix_rate", "fix_rate_low", "fix_rate_high",
            "median_duration_seconds", "median_tool_calls", "disagreements");

    String render(Leaderboard board, String title) {
        return switch (this) {
            case text -> table(board, title, false);
            case markdown -> table(board, title, true);
            case csv -> csv(board);
            case json -> json(board, title);
        };
    }

    private static final String[] HEAD = {"Agent", "Reviews", "Raised", "Credited", "C", "I", "S", "Unique", "Consensus",
        "False-positive rate", "Downgrade rate", "Up", "Dropped", "Keep rate", "Fix rate", "Median time", "Median tools"};

    private static List<String> cells(AgentScore s) {
        // Agent names come from reports: escaped before they reach a terminal.
        return List.of(TerminalText.safe(s.agent()), str(s.reviews()), shown(s.raised()), str(s.credited().total()), str(s.credited().critical()),
                str(s.credited().important()), str(s.credited().suggestion()), str(s.unique()), str(s.consensus()),
                rate(s.falsePositiveRate()), rate(s.downgradeRate()), shown(s.upgraded()), shown(s.dropped()),
                rate(s.keepRate()), rate(s.fixRate()), duration(s.medianDurationSeconds()), number(s.medianToolCalls()));
    }

    private static String table(Leaderboard board, String title, boolean markdown) {
        StringBuilder out = new StringBuilder();
        Leaderboard.Options o = board.options();
        out.append(markdown ? "### " : "").append(title).append(": ").append(board.reviews()).append(" reviews, ")
                .append(o.grouping().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(" rows, ranked by ")
                .append(o.sort().cliName()).append(o.sort().higherIsBetter() ? " (higher is better)" : " (lower is better)")
                .append('\n').append('\n');
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(HEAD));
        board.ranked().forEach(s -> rows.add(cells(s)));
        if (board.ranked().isEmpty() && !board.unranked().isEmpty()) {
            // An empty ranking says why, rather than showing a table of nobody.
            boolean noneKnown = board.unranked().stream().allMatch(s -> s.raised() == null);
            out.append(noneKnown
                    ? "No agent is ranked: no review accounts for the agents' own findings (raised is unknown: the reports carry no"
                            + " appendix of each agent's own review, or it was lost in flattening). --min-raised 0 ranks them by "
                            + o.sort().cliName() + " anyway.\n"
                    : "No agent is ranked: none raised " + o.minRaised() + " findings in the reviews that account for them"
                            + " (--min-raised lowers the bar).\n");
        } else {
            write(out, rows, markdown);
        }
        if (!board.unranked().isEmpty()) {
            out.append('\n').append("Not ranked (raised unknown, or fewer than ").append(o.minRaised()).append(" raised findings):\n\n");
            List<List<String>> un = new ArrayList<>();
            un.add(List.of(HEAD));
            board.unranked().forEach(s -> un.add(cells(s)));
            write(out, un, markdown);
        }
        out.append('\n').append("Raised: findings in the agent's own review, over the reviews that account for them (the appendix")
                .append(" itemises them and the consolidation says what became of each; — where no review does): raised, false")
                .append(" positives, downgraded, dropped and their rates all count those reviews. Credited: consolidated findings")
                .append(" whose attribution names the agent (it may exceed raised: consolidation credits points raised")
                .append(" outside an agent's list). Rates: percentage [95% Wilson interval] count/base; false-positive,")
                .append(" downgrade and keep rates are over raised findings (keep: raised − false positives − dropped),")
                .append(" the fix rate over credited findings with a resolution row. Definitions: docs/metrics.md.\n");
        out.append(board.unread().footer());
        return out.toString();
    }

    private static void write(StringBuilder out, List<List<String>> rows, boolean markdown) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            List<String> r = rows.get(k);
            StringBuilder line = new StringBuilder(markdown ? "| " : "");
            for (int i = 0; i < r.size(); i++) {
                String cell = i == 0 ? pad(r.get(i), width[i], true) : pad(r.get(i), width[i], false);
                line.append(cell).append(markdown ? " | " : (i + 1 < r.size() ? "  " : ""));
            }
            out.append(markdown ? line.toString().stripTrailing() : line.toString().stripTrailing()).append('\n');
            if (markdown && k == 0) {
                StringBuilder sep = new StringBuilder("|");
                for (int i = 0; i < r.size(); i++) {
                    sep.append(i == 0 ? " --- |" : " ---: |");
                }
                out.append(sep).append('\n');
            }
        }
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return left ? s + fill : fill + s;
    }

    private static String csv(Leaderboard board) {
        return csvRows(board, null, new StringBuilder(Csv.row(CSV_HEADER))).toString();
    }

    /**
     * A breakdown as one table: CSV with a leading {@code period} column, or one JSON document whose
     * {@code periods} array holds each period's leaderboard. Text and Markdown print one table per period.
     */
    String renderBreakdown(java.util.Map<String, Leaderboard> boards, String by) {
        switch (this) {
            case csv -> {
                // The leading column names the bucket: a period (round, week, month) or a repository.
                List<String> header = new ArrayList<>(CSV_HEADER);
                header.add(0, by.equals("repo") ? "repository" : "period");
                StringBuilder out = new StringBuilder(Csv.row(header));
                boards.forEach((period, board) -> csvRows(board, period, out));
                return out.toString();
            }
            case json -> {
                ObjectMapper mapper = dev.reviewstats.json.TerminalSafeEscapes.on(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
                ObjectNode root = mapper.createObjectNode();
                root.put("breakdown", by);
                ArrayNode periods = root.putArray("periods");
                boards.forEach((period, board) -> periods.add(jsonNode(mapper, board, period)));
                return write(mapper, root);
            }
            default -> {
                StringBuilder out = new StringBuilder();
                boards.forEach((period, board) -> {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(render(board, period));
                });
                return out.toString();
            }
        }
    }

    private static StringBuilder csvRows(Leaderboard board, String period, StringBuilder out) {
        for (AgentScore s : board.all()) {
            List<String> v = new ArrayList<>();
            if (period != null) {
                v.add(period);
            }
            v.add(s.agent());
            v.add(String.valueOf(s.ranked()));
            v.add(str(s.reviews()));
            v.add(csv(s.raised()));
            v.add(str(s.reviewsWithAppendix()));
            v.add(str(s.credited().total()));
            v.add(str(s.credited().critical()));
            v.add(str(s.credited().important()));
            v.add(str(s.credited().suggestion()));
            v.add(str(s.unique()));
            v.add(str(s.consensus()));
            v.add(csv(s.falsePositives()));
            rateCsv(v, s.falsePositiveRate());
            v.add(csv(s.downgraded()));
            v.add(csv(s.upgraded()));
            rateCsv(v, s.downgradeRate());
            v.add(csv(s.dropped()));
            v.add(dbl(s.keepRate().value()));
            v.add(dbl(s.keepRate().low()));
            v.add(dbl(s.keepRate().high()));
            v.add(str(s.keepRate().denominator()));
            v.add(str(s.fixRate().numerator()));
            v.add(str(s.fixRate().denominator()));
            v.add(dbl(s.fixRate().value()));
            v.add(dbl(s.fixRate().low()));
            v.add(dbl(s.fixRate().high()));
            v.add(s.medianDurationSeconds() == null ? "" : dbl(s.medianDurationSeconds()));
            v.add(s.medianToolCalls() == null ? "" : dbl(s.medianToolCalls()));
            v.add(str(s.disagreements()));
            out.append(Csv.row(v));
        }
        return out;
    }

    private static void rateCsv(List<String> v, Rate r) {
        v.add(dbl(r.value()));
        v.add(dbl(r.low()));
        v.add(dbl(r.high()));
        v.add(str(r.denominator()));
    }

    private static String json(Leaderboard board, String title) {
        ObjectMapper mapper = dev.reviewstats.json.TerminalSafeEscapes.on(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
        return write(mapper, jsonNode(mapper, board, title));
    }

    private static String write(ObjectMapper mapper, ObjectNode root) {
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode jsonNode(ObjectMapper mapper, Leaderboard board, String title) {
        ObjectNode root = mapper.createObjectNode();
        root.put("title", title);
        root.put("reviews", board.reviews());
        root.put("grouping", board.options().grouping().name());
        root.put("sort", board.options().sort().cliName());
        root.put("minRaised", board.options().minRaised());
        ArrayNode agents = root.putArray("agents");
        for (AgentScore s : board.all()) {
            ObjectNode a = agents.addObject();
            a.put("agent", s.agent()).put("ranked", s.ranked()).put("reviews", s.reviews()).put("raised", s.raised())
                    .put("reviewsWithAppendix", s.reviewsWithAppendix());
            a.putObject("credited").put("total", s.credited().total()).put("critical", s.credited().critical())
                    .put("important", s.credited().important()).put("suggestion", s.credited().suggestion());
            a.put("unique", s.unique()).put("consensus", s.consensus()).put("falsePositives", s.falsePositives());
            rateJson(a.putObject("falsePositiveRate"), s.falsePositiveRate());
            a.put("downgraded", s.downgraded()).put("upgraded", s.upgraded());
            rateJson(a.putObject("downgradeRate"), s.downgradeRate());
            a.put("dropped", s.dropped());
            rateJson(a.putObject("keepRate"), s.keepRate());
            rateJson(a.putObject("fixRate"), s.fixRate());
            a.put("medianDurationSeconds", s.medianDurationSeconds());
            a.put("medianToolCalls", s.medianToolCalls());
            a.put("disagreements", s.disagreements());
        }
        ObjectNode unread = root.putObject("unread");
        unread.put("reviews", board.unread().reviews());
        ObjectNode byCode = unread.putObject("byCode");
        board.unread().byCode().forEach((code, n) -> byCode.put(code.id(), n));
        root.put("reviewsDisagreeing", board.unread().disagreeing());
        return root;
    }

    private static void rateJson(ObjectNode n, Rate r) {
        n.put("numerator", r.numerator()).put("denominator", r.denominator());
        if (r.isKnown()) {
            n.put("value", r.value()).put("low", r.low()).put("high", r.high());
        } else {
            n.putNull("value").putNull("low").putNull("high");
        }
    }

    private static String str(int v) {
        return String.valueOf(v);
    }

    /** A count that may be unknown, as the text shows it: a dash, never 0. */
    private static String shown(Integer v) {
        return v == null ? "—" : String.valueOf(v);
    }

    /** A count that may be unknown, as CSV carries it: an empty field. */
    private static String csv(Integer v) {
        return v == null ? "" : String.valueOf(v);
    }

    private static String dbl(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** {@code 12% [5–25] 3/25}, or {@code —} when nothing could be counted. */
    static String rate(Rate r) {
        return r.toString();
    }

    private static String duration(Double seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = Math.round(seconds);
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }

    private static String number(Double v) {
        return v == null ? "—" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.1f", v);
    }
}
