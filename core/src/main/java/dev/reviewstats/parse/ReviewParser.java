package dev.reviewstats.parse;

import dev.reviewstats.internal.extract.Extraction;
import dev.reviewstats.internal.extract.ReviewExtractor;
import dev.reviewstats.internal.outline.FrontEnd;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.read.DecodedText;
import dev.reviewstats.internal.read.FormDetector;
import dev.reviewstats.internal.read.TextDecoder;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Source;
import dev.reviewstats.model.SourceForm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses one report in any supported form into a {@link Review}. Never throws on content: whatever
 * cannot be read is left empty and named in the review's diagnostics, and an input that is no
 * review comes back as {@link ParseResult.Skipped} with the reason. Immutable and thread-safe; one
 * instance serves any number of threads.
 */
public final class ReviewParser {
    /**
     * The version of what the parsers produce. Change it whenever parsing the same bytes can give a
     * different result: cached results of another version are never used.
     */
    public static final String VERSION = "2026-12-07.7";

    /** Files larger than this are refused rather than read: real reports are well under 1 MiB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Stack for the retry of inputs whose lines overflow the regular-expression matcher. */
    private static final long LARGE_STACK_BYTES = 1L << 30;

    /** The extractor is stateless, so one serves every parser; it is made on first use. */
    private static final class Extractor {
        static final ReviewExtractor INSTANCE = new ReviewExtractor();
    }


    /**
     * Parses run on these threads so that the caller can stop waiting when the budget is spent. They
     * are daemons with a large stack: regular-expression matching recurses per character on long lines.
     */
    private static final ExecutorService GUARDED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "review-stats-parse", LARGE_STACK_BYTES);
        t.setDaemon(true);
        return t;
    });


    private final Duration budget;
    private final FamilyAliases aliases;
    private final ModelAliases models;

    /**
     * A parser with no time budget: every file is parsed to the end, so the same input gives the same
     * result on any machine under any load. Every grammar is linear (see {@code LinearTimeTest}) and
     * every input size is capped, which bounds the time instead.
     *
     * @return the parser
     */
    public static ReviewParser create() {
        return new ReviewParser(null, FamilyAliases.NONE, ModelAliases.NONE);
    }

    private ReviewParser(Duration budget, FamilyAliases aliases, ModelAliases models) {
        this.budget = budget;
        this.aliases = aliases;
        this.models = models;
    }

    /**
     * A parser that also knows these agent-family aliases (see {@link FamilyAliases}).
     *
     * @param aliases the aliases
     * @return the parser
     */
    public ReviewParser withFamilyAliases(FamilyAliases aliases) {
        return new ReviewParser(budget, java.util.Objects.requireNonNull(aliases, "aliases"), models);
    }

    /**
     * A parser that also reads these model aliases (see {@link ModelAliases}).
     *
     * @param models the aliases
     * @return the parser
     */
    public ReviewParser withModelAliases(ModelAliases models) {
        return new ReviewParser(budget, aliases, java.util.Objects.requireNonNull(models, "models"));
    }

    /**
     * The model aliases this parser reads.
     *
     * @return the aliases
     */
    public ModelAliases modelAliases() {
        return models;
    }

    /**
     * The agent-family aliases this parser knows.
     *
     * @return the aliases
     */
    public FamilyAliases familyAliases() {
        return aliases;
    }

    /** What, besides the parser version, decides what parsing a file gives: cache entries carry it. */
    String configuration() {
        return aliases.fingerprint() + models.fingerprint();
    }

    /**
     * A parser that gives each file at most {@code budget} (a positive duration), or parses on the
     * calling thread with no limit when it is {@code null} (the default). A file over the budget comes
     * back as {@link SkipReason#OVER_BUDGET} and its parse is stopped. A budget in seconds makes the
     * result depend on the machine and its load: for an embedder that must answer in bounded time
     * more than it must answer the same way everywhere.
     *
     * @param budget the per-file budget, or {@code null} for none
     * @return the parser
     */
    public ReviewParser withBudget(Duration budget) {
        if (budget != null && (budget.isNegative() || budget.isZero())) {
            throw new IllegalArgumentException("the budget must be positive: " + budget);
        }
        return new ReviewParser(budget, aliases, models);
    }

    /**
     * The per-file budget, or empty when there is none.
     *
     * @return the budget, or empty
     */
    public Optional<Duration> budget() {
        return Optional.ofNullable(budget);
    }

    /**
     * Reads and parses a file; I/O problems become a {@link ParseResult.Skipped}.
     *
     * @param file the file
     * @return the review, or why there is none
     */
    public ParseResult parse(Path file) {
        return parse(file, () -> { });
    }

    /** As {@link #parse(Path)}; {@code afterEachRead} runs after each read of the file, for tests to change it. */
    ParseResult parse(Path file, Runnable afterEachRead) {
        String path = file.toString();
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                return skipped(path, SkipReason.UNREADABLE, "the path is a directory, not a report file");
            }
            if (!attrs.isRegularFile()) {
                // A device or a pipe has no end to wait for (/dev/zero) or no writer (a FIFO): never opened.
                return skipped(path, SkipReason.NOT_A_FILE, "the path is a device, pipe or socket, not a file; it was not read");
            }
            long size = attrs.size();
            if (size > MAX_BYTES) {
                return tooLarge(path, "file", size);
            }
            byte[] bytes = readWhole(file, MAX_BYTES, afterEachRead);
            if (bytes.length > MAX_BYTES) {
                return skipped(path, SkipReason.TOO_LARGE, "the file grew past the limit of " + MAX_BYTES
                        + " bytes (16 MiB) while it was read");
            }
            return parse(path, bytes);
        } catch (NoSuchFileException e) {
            return skipped(path, SkipReason.MISSING, "the file does not exist (or was deleted while running)");
        } catch (ChangedWhileRead e) {
            return skipped(path, SkipReason.UNREADABLE, e.getMessage());
        } catch (OutOfMemoryError e) {
            return skipped(path, SkipReason.TOO_LARGE, "not enough memory to read the file");
        } catch (IOException | SecurityException e) {
            return skipped(path, SkipReason.UNREADABLE, describe(e));
        }
    }

    /** How many times a file that changes while it is read is read before it is given up. */
    static final int READ_TRIES = 3;

    /**
     * The first {@code limit + 1} bytes of a file at most, all of one version of it: a file rewritten
     * while it is read (an editor saving, a sync client, a report still being written) is read again,
     * up to {@link #READ_TRIES} times, so that no review is parsed from half of one version and half of
     * another. A version is the file's size, times and identity (its inode): a file replaced by another
     * is a new version too.
     *
     * @throws ChangedWhileRead when the file changed during every read
     */
    static byte[] readWhole(Path file, long limit, Runnable afterEachRead) throws IOException {
        for (int attempt = 1; ; attempt++) {
            StatIndex.Stamp before = StatIndex.Stamp.read(file);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            afterEachRead.run();
            StatIndex.Stamp after;
            try {
                after = StatIndex.Stamp.read(file);
            } catch (NoSuchFileException e) {
                // Deleted after it was read: replaced by delete-then-create, or gone for good (the next try says).
                after = null;
            }
            if (bytes.length > limit || (before.equals(after) && bytes.length == after.size())) {
                return bytes;
            }
            if (attempt == READ_TRIES) {
                throw new ChangedWhileRead("the file changed while it was read, " + READ_TRIES + " times in a row (it is"
                        + " probably still being written); it was not parsed: run again once it is complete");
            }
        }
    }

    /** A file that did not hold still long enough to be read whole. */
    static final class ChangedWhileRead extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedWhileRead(String message) {
            super(message);
        }
    }

    /**
     * Parses bytes read from {@code path}, which names the input and gives the id fallback.
     *
     * @param path the input's name
     * @param bytes its content; UTF-8, UTF-16 with a byte-order mark, or Windows-1252
     * @return the review, or why there is none
     */
    public ParseResult parse(String path, byte[] bytes) {
        return parse(path, fileName(path), bytes);
    }

    /**
     * Parses bytes named {@code path} whose file name, the id's fallback, is not the path's last
     * segment: a file of a git tree is named {@code REPOSITORY@REF:PATH} (ReviewLoader).
     */
    ParseResult parse(String path, String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(path, "input", bytes.length);
        }
        if (TextDecoder.looksBinary(bytes)) {
            return skipped(path, SkipReason.BINARY, "the file holds binary data, not text");
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        List<Diagnostic> pre = new ArrayList<>();
        if (decoded.malformed()) {
            pre.add(Diagnostic.of(DiagnosticCode.INPUT_DECODING, "the input is not valid " + decoded.charset()
                    + "; undecodable bytes were replaced with U+FFFD", 0));
        }
        return parseText(path, stem(fileName), decoded.text(), pre);
    }

    /**
     * Parses text already decoded.
     *
     * @param path the input's name
     * @param text its content
     * @return the review, or why there is none
     */
    public ParseResult parse(String path, String text) {
        return parseText(path, stem(path), text.replace("\r\n", "\n").replace('\r', '\n'), List.of());
    }

    /**
     * Parses, whatever the input does to the libraries underneath: regular-expression matching
     * recurses per character on very long lines, so an overflow is retried on a thread with a large
     * stack; an input that still breaks a parser is skipped with the reason, never thrown.
     */
    private ParseResult parseText(String path, String stem, String text, List<Diagnostic> pre) {
        if (budget == null) {
            return parseHere(path, stem, text, pre);
        }
        Future<ParseResult> work;
        try {
            work = GUARDED.submit(() -> parseHere(path, stem, text, pre));
        } catch (RejectedExecutionException | OutOfMemoryError e) {
            return parseHere(path, stem, text, pre);
        }
        try {
            return work.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return skipped(path, SkipReason.OVER_BUDGET, "parsing took longer than the per-file budget of "
                    + describe(budget) + "; the file was skipped and the run went on");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return skipped(path, SkipReason.UNREADABLE, "interrupted while parsing");
        } catch (ExecutionException e) {
            return e.getCause() instanceof RuntimeException re ? failed(path, re)
                    : skipped(path, SkipReason.UNREADABLE, "a parser failed on this input (" + e.getCause() + "); please report it");
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private ParseResult parseHere(String path, String stem, String text, List<Diagnostic> pre) {
        try {
            return parseUnguarded(path, stem, text, pre);
        } catch (StackOverflowError e) {
            return onLargeStack(path, stem, text, pre);
        } catch (OutOfMemoryError e) {
            return skipped(path, SkipReason.TOO_LARGE, "not enough memory to parse the file");
        } catch (CancellationException e) {
            return skipped(path, SkipReason.OVER_BUDGET, "the parse was stopped");
        } catch (RuntimeException e) {
            return failed(path, e);
        }
    }

    private ParseResult onLargeStack(String path, String stem, String text, List<Diagnostic> pre) {
        AtomicReference<ParseResult> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(parseUnguarded(path, stem, text, pre));
            } catch (StackOverflowError e) {
                result.set(skipped(path, SkipReason.UNREADABLE, "the input nests too deeply or has too long a line to parse"));
            } catch (OutOfMemoryError e) {
                result.set(skipped(path, SkipReason.TOO_LARGE, "not enough memory to parse the file"));
            } catch (RuntimeException e) {
                result.set(failed(path, e));
            }
        }, "review-stats-large-stack", LARGE_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return skipped(path, SkipReason.UNREADABLE, "interrupted while parsing");
        }
        return result.get();
    }

    private static ParseResult failed(String path, RuntimeException e) {
        return skipped(path, SkipReason.UNREADABLE, "a parser failed on this input (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it");
    }

    private ParseResult parseUnguarded(String path, String stem, String text, List<Diagnostic> pre) {
        if (text.isBlank()) {
            return skipped(path, SkipReason.EMPTY, "the file is empty");
        }
        SourceForm form = FormDetector.detect(text);
        Optional<FrontEnd> frontEnd = FrontEnds.of(form);
        if (frontEnd.isEmpty()) {
            return new ParseResult.Skipped(path, SkipReason.NOT_A_REVIEW, "no front end reads " + form, pre);
        }
        Outline outline = frontEnd.get().read(text);
        if (outline.isSetAside()) {
            return new ParseResult.Skipped(path, SkipReason.NOT_A_REVIEW, outline.notAReview(), pre);
        }
        stopIfCancelled();
        Extraction extraction = Extractor.INSTANCE.extract(outline, stem, new Source(path, form), aliases.byName(), models::apply);
        if (extraction.review() == null) {
            List<Diagnostic> noted = new ArrayList<>(pre);
            noted.addAll(outline.notes());
            return new ParseResult.Skipped(path, SkipReason.NOT_A_REVIEW, extraction.notAReview(), noted);
        }
        Review review = extraction.review();
        if (!pre.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(pre);
            all.addAll(review.diagnostics());
            all.sort(Diagnostic.DOCUMENT_ORDER);
            review = review.withSourcesAndDiagnostics(review.sources(), all);
        }
        return new ParseResult.Parsed(path, review);
    }

    /** A parse over its budget was cancelled: stop at the next stage rather than finish work nobody waits for. */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("over budget");
        }
    }

    /** An input over {@link #MAX_BYTES}, skipped unread: the same words for a file, a blob or bytes handed in. */
    static ParseResult.Skipped tooLarge(String path, String what, long size) {
        return skipped(path, SkipReason.TOO_LARGE, "the " + what + " has " + size + " bytes; the limit is " + MAX_BYTES + " bytes (16 MiB)");
    }

    private static ParseResult.Skipped skipped(String path, SkipReason reason, String detail) {
        return new ParseResult.Skipped(path, reason, detail, List.of());
    }

    private static String describe(Exception e) {
        String cls = e.getClass().getSimpleName().replace("Exception", "");
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return switch (cls) {
            case "AccessDenied" -> "permission denied";
            default -> (cls.isEmpty() ? "I/O error" : words(cls).toLowerCase(java.util.Locale.ROOT))
                    + (msg.isEmpty() ? "" : ": " + msg);
        };
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String stem(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An exception's class name as words: {@code AccessDenied} is {@code Access Denied}. */
    static String words(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 8);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            out.append(c);
            if (c >= 'a' && c <= 'z' && i + 1 < camelCase.length() && camelCase.charAt(i + 1) >= 'A' && camelCase.charAt(i + 1) <= 'Z') {
                out.append(' ').append(camelCase.charAt(++i));
            }
        }
        return out.toString();
    }
}
