package dev.reviewstats.cli;

import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code review-stats findings PATH...}: one CSV row per consolidated finding, for spreadsheets. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "Print one CSV row per consolidated finding (RFC 4180, UTF-8).")
final class FindingsCommand implements Callable<Integer> {
    static final String HEADER = "review_id,date,repository,pr,round,finding_id,severity,title,agents,withdrawn,resolution_action";

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Override
    public Integer call() {
        filter.validate(spec);
        PrintWriter out = spec.commandLine().getOut();
        LoadResult loaded = Inputs.load(paths, spec.commandLine().getErr(), load);
        ReviewFilter f = filter.toFilter();
        out.println(HEADER);
        for (Review r : loaded.reviews()) {
            if (!f.test(r)) {
                continue;
            }
            for (Finding x : r.findings()) {
                out.println(String.join(",", Csv.field(r.id()), r.date() == null ? "" : r.date().toString(), Csv.field(r.repository()),
                        r.pullRequest() == null ? "" : String.valueOf(r.pullRequest().number()),
                        r.round() == null ? "" : String.valueOf(r.round().number()), x.id(), x.severity().name(),
                        Csv.field(x.title()), Csv.field(x.agents().stream().map(Agent::displayName).collect(Collectors.joining("; "))),
                        String.valueOf(x.withdrawn()),
                        r.resolution() == null ? "" : r.resolution().actionFor(x.id()).map(Enum::name).orElse("")));
            }
        }
        return Inputs.finish(out, spec.commandLine().getErr(), loaded.skipped()).code();
    }

}
