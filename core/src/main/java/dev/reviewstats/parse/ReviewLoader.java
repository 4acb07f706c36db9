package dev.reviewstats.parse;

import dev.reviewstats.model.Review;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Finds the reports under a set of files and folders, parses them (in parallel), and returns one
 * review per review id. Folders are walked following links, each directory once; files named
 * explicitly are read whatever their extension, files found in folders only with a report
 * extension.
 */
public final class ReviewLoader {
    /** Extensions of files picked up when walking a folder. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("md", "markdown", "html", "htm", "txt");

    private final ReviewParser parser;
    private final boolean parallel;
    private final ParseCache cache;

    private ReviewLoader(ReviewParser parser, boolean parallel, ParseCache cache) {
        this.parser = parser;
        this.parallel = parallel;
        this.cache = cache;
    }

    /** A loader that parses in parallel, without a cache. */
    public static ReviewLoader create() {
        return new ReviewLoader(ReviewParser.create(), true, null);
    }

    /** A loader that parses on the calling thread only. */
    public ReviewLoader sequential() {
        return new ReviewLoader(parser, false, cache);
    }

    /** A loader that takes unchanged files' results from {@code cache}. */
    public ReviewLoader withCache(ParseCache cache) {
        return new ReviewLoader(parser, parallel, cache);
    }

    public LoadResult load(List<Path> paths) {
        return load(paths, r -> { });
    }

    /** Loads, calling {@code progress} once per input parsed, from any thread. */
    public LoadResult load(List<Path> paths, Consumer<ParseResult> progress) {
        List<ParseResult.Skipped> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            collect(p, files, skipped);
        }
        List<Path> unique = files.stream().distinct().toList();
        List<ParseResult> results = (parallel ? unique.parallelStream() : unique.stream())
                .map(f -> {
                    ParseResult r = cache == null ? parser.parse(f) : cache.parse(parser, f);
                    progress.accept(r);
                    return r;
                })
                .toList();
        Map<String, List<Review>> byId = new TreeMap<>();
        for (ParseResult r : results) {
            if (r instanceof ParseResult.Parsed p) {
                byId.computeIfAbsent(p.review().id(), k -> new ArrayList<>()).add(p.review());
            } else if (r instanceof ParseResult.Skipped s) {
                skipped.add(s);
            }
        }
        List<Review> reviews = new ArrayList<>();
        byId.values().forEach(forms -> reviews.add(ReviewMerger.merge(forms)));
        skipped.sort(Comparator.comparing(ParseResult.Skipped::path));
        return new LoadResult(reviews, skipped);
    }

    private void collect(Path p, List<Path> files, List<ParseResult.Skipped> skipped) {
        if (!Files.exists(p)) {
            skipped.add(new ParseResult.Skipped(p.toString(), SkipReason.MISSING, "no such file or folder", List.of()));
            return;
        }
        if (!Files.isDirectory(p)) {
            files.add(p);
            return;
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    // Hidden folders (.git, .idea) hold no reports, and a VCS folder can hold many files.
                    boolean hidden = !d.equals(p) && d.getFileName() != null && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && hasReportExtension(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        skipped.add(new ParseResult.Skipped(file.toString(), SkipReason.LINK_LOOP,
                                "a directory link leads back into a folder already walked; not followed again", List.of()));
                    } else {
                        skipped.add(new ParseResult.Skipped(file.toString(), SkipReason.UNREADABLE,
                                e.getClass().getSimpleName().equals("AccessDeniedException") ? "permission denied"
                                        : String.valueOf(e.getMessage()), List.of()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new ParseResult.Skipped(p.toString(), SkipReason.UNREADABLE, String.valueOf(e.getMessage()), List.of()));
        }
        found.sort(Comparator.naturalOrder());
        files.addAll(found);
    }

    private static boolean hasReportExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Counts skipped inputs by reason, in the order of {@link SkipReason}. */
    public static Map<SkipReason, Integer> countByReason(List<ParseResult.Skipped> skipped) {
        Map<SkipReason, Integer> out = new EnumMap<>(SkipReason.class);
        for (ParseResult.Skipped s : skipped) {
            out.merge(s.reason(), 1, Integer::sum);
        }
        return out;
    }
}
