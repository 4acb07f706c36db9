package dev.reviewstats.parse;

import dev.reviewstats.internal.git.GitTree;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the reports under a set of files and folders, parses them (in parallel), and returns one
 * review per review id. Folders are walked following links, each directory once; files named
 * explicitly are read whatever their extension, files found in folders only with a report
 * extension. A path {@code REPOSITORY@REF} that is no existing file, whose part before the last
 * {@code @} is a git repository, names the report files of that ref's tree, read from the object
 * store (no checkout); the cache keys them by blob id, and each review's sources name the commit.
 * A repository or ref that cannot be read throws {@link SourceException}.
 */
public final class ReviewLoader {
    /** Extensions of files picked up when walking a folder. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("md", "markdown", "html", "htm", "txt");

    private final ReviewParser parser;
    private final boolean parallel;
    private final ParseCache cache;
    /** Threads to parse on; 0 for the common pool (as many as there are cores). */
    private final int threads;
    /** The caller's executor to parse on, or {@code null} for the loader's own threads. */
    private final Executor executor;
    /** Whether git sources are read at every commit of their ref, to report reports amended after publication. */
    private final boolean allCommits;

    private ReviewLoader(ReviewParser parser, boolean parallel, ParseCache cache, int threads, Executor executor, boolean allCommits) {
        this.parser = parser;
        this.parallel = parallel;
        this.cache = cache;
        this.threads = threads;
        this.executor = executor;
        this.allCommits = allCommits;
    }

    /**
     * A loader that parses in parallel, without a cache.
     *
     * @return the loader
     */
    public static ReviewLoader create() {
        return new ReviewLoader(ReviewParser.create(), true, null, 0, null, false);
    }

    /**
     * A loader that parses on the calling thread only.
     *
     * @return the loader
     */
    public ReviewLoader sequential() {
        return new ReviewLoader(parser, false, cache, 1, null, allCommits);
    }

    /**
     * Progress of a load: told how many files there are before parsing starts, then called once per
     * file parsed, from any thread.
     */
    public interface Progress extends Consumer<ParseResult> {
        /**
         * Called once, before the first file is parsed, with the number of files to parse.
         *
         * @param files how many files will be parsed
         */
        default void started(int files) {
        }

        /**
         * Called after the load, from the loading thread, once per report on a git ref that was
         * changed after it was published, when the loader reads every commit ({@link #withAllCommits}).
         *
         * @param amendment the report's earlier versions and what changed
         */
        default void amended(Amendment amendment) {
        }
    }

    /**
     * A loader that also reads, for every git source, each report's earlier versions along its ref's
     * first-parent history, and tells {@link Progress#amended} of every report changed after it was
     * published. The version at the ref still counts; earlier ones change no figure. Folders are
     * read as before.
     *
     * @return the loader
     */
    public ReviewLoader withAllCommits() {
        return new ReviewLoader(parser, parallel, cache, threads, executor, true);
    }

    /**
     * A loader that parses on {@code n} threads (1: on the calling thread only).
     *
     * @param n threads, 1 or more
     * @return the loader
     */
    public ReviewLoader withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be 1 or more: " + n);
        }
        return new ReviewLoader(parser, n > 1, cache, n, null, allCommits);
    }

    /**
     * A loader that parses with {@code parser} (for example one with another per-file budget).
     *
     * @param parser the parser
     * @return the loader
     */
    public ReviewLoader withParser(ReviewParser parser) {
        return new ReviewLoader(Objects.requireNonNull(parser, "parser"), parallel, cache, threads, executor, allCommits);
    }

    /**
     * A loader that takes unchanged files' results from {@code cache}.
     *
     * @param cache the cache, or {@code null} for none
     * @return the loader
     */
    public ReviewLoader withCache(ParseCache cache) {
        return new ReviewLoader(parser, parallel, cache, threads, executor, allCommits);
    }

    /**
     * A loader that parses on the caller's {@code executor}: each group of files (the forms of one
     * review) is one task, and a load waits for all of them. The executor's threads need no large
     * stack; a parse that needs one moves to its own thread.
     *
     * @param executor the executor; the loader does not shut it down
     * @return the loader
     */
    public ReviewLoader withExecutor(Executor executor) {
        return new ReviewLoader(parser, true, cache, threads, Objects.requireNonNull(executor, "executor"), allCommits);
    }

    /**
     * Loads every review under the paths.
     *
     * @param paths files and folders
     * @return the reviews, one per id, and what was skipped
     */
    public LoadResult load(List<Path> paths) {
        return load(paths, r -> { });
    }

    /**
     * Loads, calling {@code progress} once per input parsed, from any thread (see {@link Progress}).
     *
     * @param paths files and folders
     * @param progress told of each input parsed
     * @return the reviews, one per id, and what was skipped
     */
    public LoadResult load(List<Path> paths, Consumer<ParseResult> progress) {
        Reduced<Review> all = reduce(paths, Function.identity(), progress);
        return new LoadResult(all.values(), all.skipped());
    }

    /**
     * Loads without keeping the reviews: each review, once its forms are merged, is handed to
     * {@code reducer} (from any thread) and only what that returns is kept. Memory then grows with
     * the reduced values, not with the reports' text.
     *
     * <p>Forms of one review are usually side by side ({@code x.md}, {@code x.html}, {@code x.txt}),
     * so files are parsed in groups of one folder and name stem and each group is merged and
     * reduced at once. A review whose forms lie in different groups is noticed by its id; its files
     * are read again (from the cache, when there is one) and merged together before it is reduced,
     * so the result is the same as merging everything at the end.
     *
     * @return the reduced values, one per review id in id order, and every input that gave no review
     * @param <T> what is kept of each review
     * @param paths files and folders
     * @param reducer what to keep of a review
     * @param progress told of each input parsed
     */
    public <T> Reduced<T> reduce(List<Path> paths, Function<? super Review, ? extends T> reducer, Consumer<ParseResult> progress) {
        List<ParseResult.Skipped> skipped = new ArrayList<>();
        List<Input> files = new ArrayList<>();
        List<GitTree> trees = new ArrayList<>();
        try {
            for (Path p : paths) {
                Optional<GitTree> tree = gitSource(p);
                if (tree.isPresent()) {
                    trees.add(tree.get());
                    collect(tree.get(), files, skipped);
                } else {
                    List<Path> found = new ArrayList<>();
                    collect(p, found, skipped);
                    found.forEach(f -> files.add(new FileInput(f)));
                }
            }
            Reduced<T> result = reduce(files, skipped, reducer, progress);
            if (allCommits && progress instanceof Progress p) {
                for (GitTree tree : trees) {
                    amendments(tree).forEach(p::amended);
                }
            }
            return result;
        } finally {
            trees.forEach(GitTree::close);
        }
    }

    /**
     * Whether a path argument names a git source: it is no existing path, and the part before its
     * last {@code @} is a folder ({@code ../lima.git@reviews}). A folder named {@code team@2026} stays
     * a folder. Whether the folder is a repository and has the ref is found when it is read.
     *
     * @param p a path argument as given
     * @return whether it is read as {@code REPOSITORY@REF}
     */
    public static boolean namesGitSource(Path p) {
        String s = p.toString();
        int at = s.lastIndexOf('@');
        return at > 0 && at < s.length() - 1 && !Files.exists(p) && Files.isDirectory(Path.of(s.substring(0, at)));
    }

    /** A path argument that names a git repository and a ref, opened; empty for an ordinary path. */
    private static Optional<GitTree> gitSource(Path p) {
        if (!namesGitSource(p)) {
            // An ordinary path: JGit's classes are not even loaded.
            return Optional.empty();
        }
        try {
            return GitTree.open(p.toString());
        } catch (IllegalArgumentException e) {
            throw new SourceException(e.getMessage(), e);
        }
    }

    /** The report files of a git tree, each read from the object store when (and only when) it is parsed. */
    private static void collect(GitTree tree, List<Input> files, List<ParseResult.Skipped> skipped) {
        try {
            for (GitTree.Entry e : tree.entries(ReviewLoader::hasReportExtension)) {
                files.add(new BlobInput(tree, e));
            }
        } catch (IOException e) {
            skipped.add(new ParseResult.Skipped(tree.spec(), SkipReason.UNREADABLE, "the git object store cannot be read: "
                    + e.getMessage(), List.of()));
        }
    }

    /** Every report of the tree changed after it was first published, oldest version against the ref's. */
    private List<Amendment> amendments(GitTree tree) {
        Map<String, List<GitTree.Version>> byPath;
        List<GitTree.Entry> now;
        try {
            byPath = tree.earlierVersions(ReviewLoader::hasReportExtension);
            now = tree.entries(ReviewLoader::hasReportExtension);
        } catch (IOException e) {
            return List.of();
        }
        List<Amendment> out = new ArrayList<>();
        for (Map.Entry<String, List<GitTree.Version>> m : byPath.entrySet()) {
            GitTree.Entry current = now.stream().filter(e -> e.path().equals(m.getKey())).findFirst().orElse(null);
            if (current == null) {
                continue;
            }
            ParseResult counted = new BlobInput(tree, current).parse(parser, cache);
            ParseResult first = new BlobInput(tree, m.getValue().get(m.getValue().size() - 1).entry()).parse(parser, cache);
            String id = counted instanceof ParseResult.Parsed p ? p.review().id() : current.path();
            out.add(new Amendment(tree.spec() + ":" + m.getKey(), id, tree.commit(),
                    m.getValue().stream().map(v -> new Amendment.Version(v.commit(), v.date())).toList(), change(first, counted)));
        }
        return out;
    }

    /** What differs between two versions of a report, in the figures a reader compares. */
    private static String change(ParseResult first, ParseResult counted) {
        if (!(first instanceof ParseResult.Parsed a) || !(counted instanceof ParseResult.Parsed b)) {
            return first instanceof ParseResult.Parsed ? "it no longer reads as a review" : counted instanceof ParseResult.Parsed
                    ? "it reads as a review only now" : "it reads as a review in neither";
        }
        Review x = a.review();
        Review y = b.review();
        List<String> parts = new ArrayList<>();
        String before = x.findingCounts().toString();
        String after = y.findingCounts().toString();
        if (!before.equals(after)) {
            parts.add("findings " + x.findings().size() + " → " + y.findings().size() + " (" + before + " → " + after + ")");
        }
        String verdictBefore = x.verdict() == null ? "none" : x.verdict().outcome().name();
        String verdictAfter = y.verdict() == null ? "none" : y.verdict().outcome().name();
        if (!verdictBefore.equals(verdictAfter)) {
            parts.add("verdict " + verdictBefore + " → " + verdictAfter);
        }
        if (!x.reviewers().equals(y.reviewers())) {
            parts.add("reviewers " + x.reviewers().size() + " → " + y.reviewers().size());
        }
        if ((x.resolution() == null) != (y.resolution() == null)) {
            parts.add(y.resolution() == null ? "Resolution removed" : "Resolution added");
        }
        if (parts.isEmpty()) {
            return x.equals(y.withSourcesAndDiagnostics(x.sources(), y.diagnostics())) ? "no figure changed (text only)"
                    : "no count, verdict or reviewer changed; other details did";
        }
        return String.join("; ", parts);
    }


    private <T> Reduced<T> reduce(List<Input> files, List<ParseResult.Skipped> skipped, Function<? super Review, ? extends T> reducer,
            Consumer<ParseResult> progress) {
        List<Input> unique = files.stream().distinct().toList();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < unique.size(); i++) {
            groups.computeIfAbsent(unique.get(i).group(), k -> new ArrayList<>()).add(i);
        }
        if (progress instanceof Progress p) {
            p.started(unique.size());
        }
        Pass<T> pass = new Pass<>(unique, reducer, progress);
        List<List<Integer>> work = List.copyOf(groups.values());
        if (executor != null) {
            CompletableFuture.allOf(work.stream().map(g -> CompletableFuture.runAsync(() -> pass.group(g), executor))
                    .toArray(CompletableFuture[]::new)).join();
        } else if (!parallel) {
            work.forEach(pass::group);
        } else if (threads <= 0) {
            work.parallelStream().forEach(pass::group);
        } else {
            // A parallel stream started inside a pool runs on that pool's threads.
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> work.parallelStream().forEach(pass::group)).join();
            } finally {
                pool.shutdown();
            }
        }
        // Reviews whose forms were found in different groups: merged again from all their files.
        for (String id : pass.split) {
            pass.values.put(id, pass.reduced(ReviewMerger.merge(pass.claims.get(id).stream().sorted().map(i -> parse(unique.get(i)))
                    .filter(r -> r instanceof ParseResult.Parsed).map(r -> ((ParseResult.Parsed) r).review())
                    .filter(r -> r.id().equals(id)).toList())));
        }
        if (cache != null) {
            cache.flush();
        }
        skipped.addAll(pass.skipped);
        skipped.sort(Comparator.comparing(ParseResult.Skipped::path));
        return new Reduced<>(new ArrayList<>(new TreeMap<>(pass.values).values()), skipped);
    }

    private ParseResult parse(Input input) {
        return input.parse(parser, cache);
    }

    /** One report to parse: a file on disk, or a file of a git tree. */
    private interface Input {
        /** Folder and file name without its extension: the forms of one review share it. */
        String group();

        ParseResult parse(ReviewParser parser, ParseCache cache);
    }

    private record FileInput(Path file) implements Input {
        @Override
        public String group() {
            // The folder as given: forms reached by two spellings of one folder are merged by id afterwards.
            return file.getParent() + "/" + stem(file.getFileName() == null ? "" : file.getFileName().toString());
        }

        @Override
        public ParseResult parse(ReviewParser parser, ParseCache cache) {
            return cache == null ? parser.parse(file) : cache.parse(parser, file);
        }
    }

    /**
     * A file of a git tree. Its source is named {@code REPOSITORY@REF:PATH}, the same at every commit,
     * so that the cache (keyed by blob) serves an unchanged report whatever commit reaches it; the
     * commit it was read at is stamped on afterwards.
     */
    private record BlobInput(GitTree tree, GitTree.Entry entry) implements Input {
        String name() {
            return tree.spec() + ":" + entry.path();
        }

        @Override
        public String group() {
            int slash = entry.path().lastIndexOf('/');
            return tree.spec() + ":" + (slash < 0 ? "" : entry.path().substring(0, slash + 1)) + stem(entry.path().substring(slash + 1));
        }

        @Override
        public ParseResult parse(ReviewParser parser, ParseCache cache) {
            String name = name();
            if (entry.size() > ReviewParser.MAX_BYTES) {
                return ReviewParser.tooLarge(name, "file", entry.size());
            }
            String fileName = entry.path().substring(entry.path().lastIndexOf('/') + 1);
            ParseResult result;
            try {
                result = cache == null ? parser.parse(name, fileName, tree.read(entry.blob(), ReviewParser.MAX_BYTES))
                        : cache.parseBlob(parser, name, fileName, entry.blob(), () -> tree.read(entry.blob(), ReviewParser.MAX_BYTES));
            } catch (IOException e) {
                return new ParseResult.Skipped(name, SkipReason.UNREADABLE, "blob " + entry.blob() + " cannot be read: " + e.getMessage(),
                        List.of());
            }
            if (result instanceof ParseResult.Parsed p) {
                Review r = p.review();
                return new ParseResult.Parsed(p.path(), r.withSourcesAndDiagnostics(r.sources().stream()
                        .map(src -> src.path().equals(name) ? src.at(tree.commit()) : src).toList(), r.diagnostics()));
            }
            return result;
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The state of one {@link #reduce} call, shared by the threads that parse its groups. */
    private final class Pass<T> {
        final List<Input> files;
        final Function<? super Review, ? extends T> reducer;
        final Consumer<ParseResult> progress;
        final Map<String, T> values = new ConcurrentHashMap<>();
        /** Which files gave each review id so far, and which ids more than one group gave. */
        final Map<String, List<Integer>> claims = new ConcurrentHashMap<>();
        final Set<String> split = new ConcurrentSkipListSet<>();
        final Queue<ParseResult.Skipped> skipped = new ConcurrentLinkedQueue<>();

        Pass(List<Input> files, Function<? super Review, ? extends T> reducer, Consumer<ParseResult> progress) {
            this.files = files;
            this.reducer = reducer;
            this.progress = progress;
        }

        T reduced(Review r) {
            return Objects.requireNonNull(reducer.apply(r), "the reducer returned null for " + r.id());
        }

        void group(List<Integer> indices) {
            Map<String, List<Review>> byId = new LinkedHashMap<>();
            Map<String, List<Integer>> sources = new LinkedHashMap<>();
            for (int i : indices) {
                ParseResult r = parse(files.get(i));
                progress.accept(r);
                if (r instanceof ParseResult.Parsed p) {
                    byId.computeIfAbsent(p.review().id(), k -> new ArrayList<>()).add(p.review());
                    sources.computeIfAbsent(p.review().id(), k -> new ArrayList<>()).add(i);
                } else if (r instanceof ParseResult.Skipped s) {
                    skipped.add(s);
                }
            }
            byId.forEach((id, forms) -> {
                if (claims.putIfAbsent(id, List.copyOf(sources.get(id))) == null) {
                    values.put(id, reduced(ReviewMerger.merge(forms)));
                } else {
                    // Another group has this review too: merged from all its files once every group is read.
                    split.add(id);
                    claims.merge(id, sources.get(id), (known, more) -> Stream.concat(known.stream(), more.stream()).toList());
                }
            });
        }
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
        return hasReportExtension(file.getFileName().toString());
    }

    private static boolean hasReportExtension(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Counts skipped inputs by reason, in the order of {@link SkipReason}.
     *
     * @param skipped inputs that gave no review
     * @return how many were skipped for each reason, in the reasons' order
     */
    public static Map<SkipReason, Integer> countByReason(List<ParseResult.Skipped> skipped) {
        Map<SkipReason, Integer> out = new EnumMap<>(SkipReason.class);
        for (ParseResult.Skipped s : skipped) {
            out.merge(s.reason(), 1, Integer::sum);
        }
        return out;
    }
}
