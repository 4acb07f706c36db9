package dev.reviewstats.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code review-stats}: with no subcommand, the agent leaderboard of the given folders. */
@Command(name = "review-stats", mixinStandardHelpOptions = true, version = "review-stats 0.1.0",
        description = "Reads multi-agent AI code review reports and reports how each reviewer agent performs.",
        subcommands = {LeaderboardCommand.class, FindingsCommand.class, LintCommand.class, ChartsCommand.class, ReportCommand.class,
            ParseCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 some input skipped as unreadable,",
            "4 --strict found inconsistencies."})
public final class Main implements Runnable {
    private Main() {
    }

    @Override
    public void run() {
        // Dispatch happens in run(args, …): a bare invocation is rewritten to the leaderboard command.
    }

    private static void printPeakMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    System.err.println("peak-rss-kb " + line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            System.err.println("peak-rss-kb unknown");
        }
    }

    /** Runs the command line and returns the exit code, without exiting: tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("review-stats: internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code();
        });
        String[] effective = args;
        boolean hasSubcommand = args.length > 0 && cli.getSubcommands().containsKey(args[0]);
        boolean topLevelOption = args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")
                || args[0].equals("--version") || args[0].equals("-V"));
        if (!hasSubcommand && !topLevelOption) {
            effective = new String[args.length + 1];
            effective[0] = "leaderboard";
            System.arraycopy(args, 0, effective, 1, args.length);
        }
        return cli.execute(effective);
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("reviewstats.printPeakMemory")) {
            // For the benchmark: the process's peak resident set size, as Linux counts it.
            Runtime.getRuntime().addShutdownHook(new Thread(Main::printPeakMemory));
        }
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
