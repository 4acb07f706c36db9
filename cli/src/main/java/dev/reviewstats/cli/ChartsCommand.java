package dev.reviewstats.cli;

import dev.reviewstats.analytics.charts.RetroCharts;
import dev.reviewstats.parse.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review-stats charts PATH... -o DIR}: the retro charts as PNG files. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = "Write the retro charts (PNG) for the reviews under PATH into a folder.")
final class ChartsCommand extends SourcesCommand {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write the PNG files to.")
    Path output;

    @Mixin
    ChartOptions chart = new ChartOptions();

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        RetroCharts.Options options = chart.toOptions(spec);
        if (OutputTarget.isStdout(output)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "-o -: charts writes one PNG file per chart; give a folder (report -o - writes one page to standard output)");
        }
        OutputTarget.checkFolder(spec, "-o", output);
        LoadResult loaded = Inputs.loadCompact(sources.paths, err, sources.load);
        for (RetroCharts.Rendered r : RetroCharts.render(loaded.reviews(), options)) {
            Path file = output.resolve(r.name());
            try {
                OutputTarget.write(file, r.png());
            } catch (IOException e) {
                err.println(TerminalText.safe(OutputTarget.describe(file, e)));
                err.flush();
                return ExitCode.OUTPUT_FAILED.code();
            }
            out.println(file);
        }
        return Inputs.finish(out, err, loaded.skipped()).code();
    }
}
