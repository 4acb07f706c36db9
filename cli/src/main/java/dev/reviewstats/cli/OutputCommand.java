package dev.reviewstats.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: its spec and its two streams, data to standard output and the rest
 * to standard error. picocli reads the annotated fields of a superclass as the subclass's own.
 */
abstract class OutputCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Standard output: the command's data and nothing else. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error: diagnostics, progress and skipped inputs. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
