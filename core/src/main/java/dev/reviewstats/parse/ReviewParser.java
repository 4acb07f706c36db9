package dev.reviewstats.parse;

import dev.reviewstats.internal.extract.Extraction;
import dev.reviewstats.internal.extract.ReviewExtractor;
import dev.reviewstats.internal.flattened.FlattenedFrontEnd;
import dev.reviewstats.internal.html.HtmlFrontEnd;
import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    public static final String VERSION = "2026-11-30.1";

    /** Files larger than this are refused rather than read: real reports are well under 1 MiB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Stack for the retry of inputs whose lines overflow the regular-expression matcher. */
    private static final long LARGE_STACK_BYTES = 1L << 30;

    /**
     * The front ends and extractor are stateless, so one of each serves every parser. Each is made on
     * first use: a run answered from the parse cache never loads flexmark or jsoup at all.
     */
    private static final class Markdown {
        static final MarkdownFrontEnd FRONT_END = new MarkdownFrontEnd();
    }

    private static final class Html {
        static final HtmlFrontEnd FRONT_END = new HtmlFrontEnd();
    }

    private static final class Flattened {
        static final FlattenedFrontEnd FRONT_END = new FlattenedFrontEnd();
    }

    private static final class Extractor {
        static final ReviewExtractor INSTANCE = new ReviewExtractor();
    }

    public static ReviewParser create() {
        return new ReviewParser();
    }

    private ReviewParser() {
    }

    /** Reads and parses a file; I/O problems become a {@link ParseResult.Skipped}. */
    public ParseResult parse(Path file) {
        String path = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return skipped(path, SkipReason.TOO_LARGE, "the file has " + size + " bytes; the limit is "
                        + MAX_BYTES + " bytes (16 MiB)");
            }
            return parse(path, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return skipped(path, SkipReason.MISSING, "the file does not exist (or was deleted while running)");
        } catch (OutOfMemoryError e) {
            return skipped(path, SkipReason.TOO_LARGE, "not enough memory to read the file");
        } catch (IOException | SecurityException e) {
            return skipped(path, SkipReason.UNREADABLE, describe(e));
        }
    }

    /** Parses bytes read from {@code path}, which names the input and gives the id fallback. */
    public ParseResult parse(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return skipped(path, SkipReason.TOO_LARGE, "the input has " + bytes.length + " bytes; the limit is "
                    + MAX_BYTES + " bytes (16 MiB)");
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
        return parseText(path, decoded.text(), pre);
    }

    /** Parses text already decoded. */
    public ParseResult parse(String path, String text) {
        return parseText(path, text.replace("\r\n", "\n").replace('\r', '\n'), List.of());
    }

    /**
     * Parses, whatever the input does to the libraries underneath: regular-expression matching
     * recurses per character on very long lines, so an overflow is retried on a thread with a large
     * stack; an input that still breaks a parser is skipped with the reason, never thrown.
     */
    private ParseResult parseText(String path, String text, List<Diagnostic> pre) {
        try {
            return parseUnguarded(path, text, pre);
        } catch (StackOverflowError e) {
            return onLargeStack(path, text, pre);
        } catch (RuntimeException e) {
            return failed(path, e);
        }
    }

    private ParseResult onLargeStack(String path, String text, List<Diagnostic> pre) {
        AtomicReference<ParseResult> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(parseUnguarded(path, text, pre));
            } catch (StackOverflowError e) {
                result.set(skipped(path, SkipReason.UNREADABLE, "the input nests too deeply or has too long a line to parse"));
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

    private ParseResult parseUnguarded(String path, String text, List<Diagnostic> pre) {
        if (text.isBlank()) {
            return skipped(path, SkipReason.EMPTY, "the file is empty");
        }
        SourceForm form = FormDetector.detect(text);
        Outline outline;
        switch (form) {
            case MARKDOWN -> outline = Markdown.FRONT_END.read(text);
            case HTML -> {
                HtmlFrontEnd.Page page = Html.FRONT_END.read(text);
                if (page.outline() == null) {
                    return new ParseResult.Skipped(path, SkipReason.NOT_A_REVIEW, page.notAReview(), pre);
                }
                outline = page.outline();
            }
            case FLATTENED_TEXT -> outline = Flattened.FRONT_END.read(text);
            default -> throw new IllegalStateException("unknown form " + form);
        }
        Extraction extraction = Extractor.INSTANCE.extract(outline, stem(path), new Source(path, form));
        if (extraction.review() == null) {
            return new ParseResult.Skipped(path, SkipReason.NOT_A_REVIEW, extraction.notAReview(), pre);
        }
        Review review = extraction.review();
        if (!pre.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(pre);
            all.addAll(review.diagnostics());
            review = review.withSourcesAndDiagnostics(review.sources(), all);
        }
        return new ParseResult.Parsed(path, review);
    }

    private static ParseResult.Skipped skipped(String path, SkipReason reason, String detail) {
        return new ParseResult.Skipped(path, reason, detail, List.of());
    }

    private static String describe(Exception e) {
        String cls = e.getClass().getSimpleName().replace("Exception", "");
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return switch (cls) {
            case "AccessDenied" -> "permission denied";
            default -> (cls.isEmpty() ? "I/O error" : cls.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT))
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
}
