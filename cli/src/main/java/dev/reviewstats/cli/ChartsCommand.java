package dev.reviewstats.cli;

import dev.reviewstats.analytics.charts.RetroCharts;
import dev.reviewstats.parse.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code review-stats charts PATH... -o DIR}: the retro charts as PNG files. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Write the retro charts (PNG) for the reviews under PATH into a folder.")
final class ChartsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write the PNG files to.")
    Path output;

    @Mixin
    ChartOptions chart = new ChartOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RetroCharts.Options options = chart.toOptions(spec);
        LoadResult loaded = Inputs.load(paths, spec.commandLine().getErr(), load);
        Files.createDirectories(output);
        for (RetroCharts.Rendered r : RetroCharts.render(loaded.reviews(), options)) {
            Path file = output.resolve(r.name());
            Files.write(file, r.png());
            out.println(file);
        }
        return Inputs.finish(out, spec.commandLine().getErr(), loaded.skipped()).code();
    }
}
