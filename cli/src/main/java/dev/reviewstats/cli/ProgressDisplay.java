package dev.reviewstats.cli;

import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * The progress bar of a long load on stderr: files parsed of the total, rate and time left. Drawn
 * only when stderr is a terminal, and only once the run has taken {@link #DEFAULT_DELAY}: a quick
 * run, or one whose stderr goes to a file or a pipe, prints nothing.
 */
final class ProgressDisplay implements ReviewLoader.Progress, AutoCloseable {
    /** Runs shorter than this show no bar; {@code -Dreviewstats.progressAfterMillis} overrides it (tests). */
    static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final long delayNanos;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total = -1;
    private ProgressBar bar;

    private ProgressDisplay(PrintWriter err, long delayNanos) {
        this.err = err;
        this.delayNanos = delayNanos;
    }

    /** A display on {@code err}, or one that draws nothing when stderr is no terminal. */
    static ProgressDisplay on(PrintWriter err) {
        long delay = Long.getLong("reviewstats.progressAfterMillis", DEFAULT_DELAY.toMillis());
        return new ProgressDisplay(err, stderrIsTerminal() ? Duration.ofMillis(delay).toNanos() : -1);
    }

    /**
     * Whether file descriptor 2 is a terminal. Java only tells whether stdin and stdout are (its
     * console), so on Linux the descriptor's link in /proc says; elsewhere the console is the guess.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public void started(int files) {
        total = files;
    }

    @Override
    public void accept(ParseResult r) {
        int n = done.incrementAndGet();
        if (delayNanos < 0) {
            return;
        }
        synchronized (this) {
            long elapsed = System.nanoTime() - start;
            if (bar == null && elapsed >= delayNanos && total > 0) {
                bar = new ProgressBarBuilder().setTaskName("Parsing").setInitialMax(total).setUnit(" files", 1)
                        .showSpeed().setUpdateIntervalMillis(200).clearDisplayOnFinish()
                        .startsFrom(n - 1, Duration.ofNanos(elapsed)).setConsumer(new Line(err)).build();
            }
            if (bar != null) {
                bar.step();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Draws the bar over one line of our stderr writer, as wide as the terminal says it is. */
    private static final class Line implements ProgressBarConsumer {
        private final PrintWriter err;
        private final int width;

        Line(PrintWriter err) {
            this.err = err;
            int columns;
            try {
                columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
            } catch (NumberFormatException e) {
                columns = 80;
            }
            this.width = Math.max(40, columns) - 1;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print('\r');
                err.print(rendered.length() > width ? rendered.substring(0, width) : rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                err.flush();
            }
        }
    }
}
