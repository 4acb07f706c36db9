package dev.reviewstats.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The reports a command is given (one PATH or more) and how they are loaded: the same for every command that needs them named. */
final class Sources {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read, or REPOSITORY@REF for the reports on a git ref (read with no checkout).")
    List<Path> paths;

    @Mixin
    LoadOptions load = new LoadOptions();
}
