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
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 some input skipped as unreadable,"
            + " 4 --strict found inconsistencies, 5 the output could not be written, 6 a --fail-if gate failed."})
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
        m.put("compare", CompareCommand.class);
        m.put("rounds", RoundsCommand.class);
        m.put("value", ValueCommand.class);
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

    /**
     * Runs the command line and returns the exit code, without exiting: tests call this in-process.
     *
     * @param args the arguments
     * @param out where data goes
     * @param err where diagnostics and progress go
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = runCommand(args, out, err);
        } catch (OutOfMemoryError e) {
            // One line and a code of its own, not a stack trace: what to do about it is the message.
            out.flush();
            err.println("review-stats: out of memory: these reports do not fit in the JVM's heap for this command; give it more"
                    + " (JAVA_OPTS=-Xmx2g review-stats …) or fewer reports. The leaderboard, parse, table, findings, value and lint"
                    + " stream and fit any heap; rounds, compare, report and charts hold every review, compacted; the output"
                    + " written so far is incomplete");
            err.flush();
            return ExitCode.OUT_OF_MEMORY.code();
        }
        if (code == ExitCode.OK.code() && out.checkError()) {
            // Help and version text too: a full disk or a closed pipe is never an exit 0.
            err.println("review-stats: could not write the output (disk full, or the reader closed the pipe); "
                    + "what was written is incomplete");
            err.flush();
            return ExitCode.OUTPUT_FAILED.code();
        }
        return code;
    }

    private static int runCommand(String[] args, PrintWriter out, PrintWriter err) {
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
        if (first.equals("help")) {
            return help(cli, args, out, err);
        }
        if (SUBCOMMANDS.containsKey(first)) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first));
        } else if (HELP_OPTIONS.contains(first)) {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        } else if (!VERSION_OPTIONS.contains(first)) {
            if (!first.isEmpty() && !first.startsWith("-") && !java.nio.file.Files.exists(java.nio.file.Path.of(first))
                    && !dev.reviewstats.parse.ReviewLoader.namesGitSource(java.nio.file.Path.of(first))) {
                // A word where a command goes that names no file either: a mistyped command, not a path.
                err.println("review-stats: '" + TerminalText.safe(first) + "' is neither a command nor an existing file or folder"
                        + suggestion(first).map(c -> "; did you mean '" + c + "'?").orElse("; commands: "
                        + String.join(", ", SUBCOMMANDS.keySet())));
                err.flush();
                return ExitCode.USAGE.code();
            }
            effective = new String[args.length + 1];
            effective[0] = "leaderboard";
            System.arraycopy(args, 0, effective, 1, args.length);
            cli.addSubcommand("leaderboard", LeaderboardCommand.class);
        }
        // Set after the subcommands are added: picocli applies these to the commands present at the time.
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            // One line, not the whole usage: the message names the option and the values it takes.
            CommandLine cmd = e.getCommandLine();
            String name = cmd.getCommandName();
            String hint = "";
            if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                hint = "; did you mean " + String.join(" or ", u.getSuggestions().stream().limit(3).toList()) + "?";
            }
            err.println("review-stats" + (name.equals("review-stats") ? "" : " " + name) + ": "
                    + TerminalText.safe(e.getMessage()) + hint + " (see --help)");
            err.flush();
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof dev.reviewstats.parse.SourceException bad) {
                // A git source named on purpose that cannot be read: a usage error, as a bad option value is.
                String name = cmd.getCommandName();
                err.println("review-stats" + (name.equals("review-stats") ? "" : " " + name) + ": " + TerminalText.safe(bad.getMessage())
                        + " (see --help)");
                err.flush();
                return ExitCode.USAGE.code();
            }
            err.println("review-stats: internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli.execute(effective);
    }

    /** {@code help} and {@code help COMMAND}, as users of git and cargo expect. */
    private static int help(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        SUBCOMMANDS.forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        if (args.length < 2) {
            cli.usage(out);
            out.flush();
            return ExitCode.OK.code();
        }
        CommandLine sub = cli.getSubcommands().get(args[1]);
        if (sub == null) {
            err.println("review-stats help: no command '" + TerminalText.safe(args[1]) + "'"
                    + suggestion(args[1]).map(c -> "; did you mean '" + c + "'?").orElse("; commands: "
                    + String.join(", ", SUBCOMMANDS.keySet())));
            err.flush();
            return ExitCode.USAGE.code();
        }
        sub.usage(out);
        out.flush();
        return ExitCode.OK.code();
    }

    /** The command a mistyped word most likely meant: a prefix of it, or at most two edits away. */
    static java.util.Optional<String> suggestion(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String c : SUBCOMMANDS.keySet()) {
            int d = c.startsWith(w) && w.length() >= 2 ? 0 : distance(w, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Levenshtein distance, with a transposition counting as one edit (lnit → lint). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
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
