package dev.reviewstats.cli;

import dev.reviewstats.analytics.AgentTally;
import dev.reviewstats.parse.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The default command: per-agent counts over the reviews found. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print per-agent counts over the reviews found under PATH (default: the current folder).")
final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--by", defaultValue = "family", description = "Group agents by family or model (${COMPLETION-CANDIDATES}).")
    Grouping by;

    enum Grouping { family, model }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> in = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        LoadResult result = Inputs.load(in, err);
        List<AgentTally> rows = by == Grouping.model ? AgentTally.byModel(result.reviews())
                : AgentTally.byFamily(result.reviews());
        out.printf("%d reviews%n%n", result.reviews().size());
        String[] head = {"Agent", "Reviews", "Raised", "Kept", "Critical", "Important", "Suggestion", "Unique", "Downgrades"};
        List<String[]> table = new ArrayList<>();
        table.add(head);
        for (AgentTally t : rows) {
            table.add(new String[] {t.key(), String.valueOf(t.reviews()), String.valueOf(t.raised()),
                String.valueOf(t.kept()), String.valueOf(t.credited().critical()),
                String.valueOf(t.credited().important()), String.valueOf(t.credited().suggestion()),
                String.valueOf(t.unique()), String.valueOf(t.downgrades())});
        }
        int[] width = new int[head.length];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : table) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = i == 0 ? String.format("%-" + width[i] + "s", row[i]) : String.format("%" + width[i] + "s", row[i]);
                sb.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(sb.toString().stripTrailing());
        }
        out.flush();
        return Inputs.exitCode(result).code();
    }
}
