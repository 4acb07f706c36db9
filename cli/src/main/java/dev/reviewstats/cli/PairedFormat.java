package dev.reviewstats.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.analytics.PairedComparison;
import dev.reviewstats.json.ReviewJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@code compare --paired} prints: each rate's paired counts, the sign test and its verdict. */
final class PairedFormat {
    private static final List<String> HEAD = List.of("Left", "Right", "Rate", "Reviews both ran", "Right higher", "Left higher", "Ties",
            "p", "p (Holm)", "Verdict");

    private PairedFormat() {
    }

    static String render(List<PairedComparison> rows, LeaderboardFormat format) {
        return switch (format) {
            case csv -> csv(rows);
            case json -> json(rows);
            default -> text(rows, format == LeaderboardFormat.markdown);
        };
    }

    private static List<String> cells(PairedComparison c) {
        return List.of(c.left(), c.right(), c.metric().label(), String.valueOf(c.paired()), String.valueOf(c.rightHigher()),
                String.valueOf(c.leftHigher()), String.valueOf(c.ties()), p(c.pValue()), c.holmP() == null ? "—" : p(c.holmP()), c.verdict());
    }

    private static String p(double v) {
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String text(List<PairedComparison> rows, boolean markdown) {
        StringBuilder out = new StringBuilder(markdown ? "## Paired comparison\n\n" : "Paired comparison\n\n");
        out.append(TextTable.render(HEAD, rows.stream().map(PairedFormat::cells).toList(), markdown));
        out.append("\nTest: ").append(PairedComparison.TEST).append(", over the reviews where both ran and both have the rate;")
                .append(" rates adjusted together by Holm's method when several are compared.\n");
        return out.toString();
    }

    private static String csv(List<PairedComparison> rows) {
        StringBuilder out = new StringBuilder("left,right,metric,paired,right_higher,left_higher,ties,p_value,p_holm,test,significant,verdict\n");
        for (PairedComparison c : rows) {
            List<String> v = List.of(c.left(), c.right(), c.metric().cliName(), String.valueOf(c.paired()), String.valueOf(c.rightHigher()),
                    String.valueOf(c.leftHigher()), String.valueOf(c.ties()), String.format(Locale.ROOT, "%.6f", c.pValue()),
                    c.holmP() == null ? "" : String.format(Locale.ROOT, "%.6f", c.holmP()), PairedComparison.TEST,
                    String.valueOf(c.significant()), c.verdict());
            out.append(Csv.row(v));
        }
        return out.toString();
    }

    private static String json(List<PairedComparison> rows) {
        var mapper = ReviewJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("test", PairedComparison.TEST);
        ArrayNode list = root.putArray("comparisons");
        for (PairedComparison c : rows) {
            list.addObject().put("left", c.left()).put("right", c.right()).put("metric", c.metric().cliName()).put("paired", c.paired())
                    .put("rightHigher", c.rightHigher()).put("leftHigher", c.leftHigher()).put("ties", c.ties()).put("pValue", c.pValue())
                    .put("pHolm", c.holmP()).put("significant", c.significant()).put("verdict", c.verdict());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
