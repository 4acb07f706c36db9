package dev.reviewstats.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code review-stats}: with no subcommand, the agent leaderboard of the given folders. */
@Command(name = "review-stats", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Reads multi-agent AI code review reports and reports how each reviewer agent performs.",
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 some input skipped as unreadable,",
            "4 --strict found inconsistencies, 5 the output could not be written."})
public final class Main implements Runnable {
    /**
     * The subcommands by name, in help order. They are added to the command line only when used:
     * picocli reads every option of every command it is given by reflection, which made start-up
     * several times slower than the JVM's own for {@code --version}.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    /** What {@code --version} prints. */
    static final String VERSION = "review-stats 0.1.0";

    private static final Set<String> VERSION_OPTIONS = Set.of("--version", "-V");
    private static final Set<String> HELP_OPTIONS = Set.of("--help", "-h");

    private Main() {
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("leaderboard", LeaderboardCommand.class);
        m.put("findings", FindingsCommand.class);
        m.put("lint", LintCommand.class);
        m.put("charts", ChartsCommand.class);
        m.put("report", ReportCommand.class);
        m.put("parse", ParseCommand.class);
        m.put("table", TableCommand.class);
        return java.util.Collections.unmodifiableMap(m);
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
        if (args.length == 1 && VERSION_OPTIONS.contains(args[0])) {
            // Answered before the argument parser is loaded: picocli's set-up alone costs several
            // times the JVM's start-up, and a version query has nothing to parse.
            out.println(VERSION);
            out.flush();
            return ExitCode.OK.code();
        }
        CommandLine cli = new CommandLine(new Main());
        String[] effective = args;
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first)) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first));
        } else if (HELP_OPTIONS.contains(first)) {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        } else if (!VERSION_OPTIONS.contains(first)) {
            effective = new String[args.length + 1];
            effective[0] = "leaderboard";
            System.arraycopy(args, 0, effective, 1, args.length);
            cli.addSubcommand("leaderboard", LeaderboardCommand.class);
        }
        // Set after the subcommands are added: picocli applies these to the commands present at the time.
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("review-stats: internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli.execute(effective);
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean("reviewstats.printPeakMemory")) {
            // For the benchmark: the process's peak resident set size, as Linux counts it.
            Runtime.getRuntime().addShutdownHook(new Thread(Main::printPeakMemory));
        }
        // Straight to the file descriptor, not through System.out: a PrintStream swallows write errors
        // where this writer's checkError() reports them, so a full disk is not an exit 0.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }
}
