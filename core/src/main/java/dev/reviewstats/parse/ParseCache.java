package dev.reviewstats.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cache of parse results keyed by the SHA-256 of the parser version, the model's layout, the file's
 * path and its bytes: an unchanged file is not parsed again, a changed one always is, and results of
 * another parser version or model are never used. A file whose size, modification time and identity
 * are as they were when it was last read, long enough after its last change (see {@link StatIndex}),
 * is not even read again. Entries are written atomically, so concurrent runs and a deleted cache
 * folder are both safe. Thread-safe.
 */
public final class ParseCache {
    private static final String ENTRY_SUFFIX = ".rsr";
    private static final long PROCESS = ProcessHandle.current().pid();
    /** No entry is larger than this: the encoded result of the largest report read (16 MiB) stays well below it. */
    static final long MAX_ENTRY_BYTES = 4 * ReviewParser.MAX_BYTES;

    private final Path dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger notRead = new AtomicInteger();
    /** The first reason an entry could not be stored, so that a caller can say once that the cache is not working. */
    private final java.util.concurrent.atomic.AtomicReference<String> problem = new java.util.concurrent.atomic.AtomicReference<>();
    /** One stat index per parser configuration, made on first use. */
    private final Map<String, StatIndex> indexes = new ConcurrentHashMap<>();
    /** Sub-folders this cache has made or found, so that each is created once per run, not once per entry. */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    private ParseCache(Path dir) {
        this.dir = dir;

    }

    /**
     * A cache in a folder of the caller's choice, made on first write.
     *
     * @param dir the folder
     * @return the cache
     */
    public static ParseCache at(Path dir) {
        return new ParseCache(dir);
    }

    /**
     * The user's cache folder: {@code $XDG_CACHE_HOME/review-stats}, else {@code ~/.cache/review-stats};
     * the system property {@code reviewstats.cacheDir} overrides both.
     *
     * @return the cache in the user's cache folder
     */
    public static ParseCache inUserCacheDir() {
        String override = System.getProperty("reviewstats.cacheDir");
        if (override != null && !override.isBlank()) {
            return at(Path.of(override));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return at(base.resolve("review-stats"));
    }

    /**
     * The folder the cache keeps its entries in.
     *
     * @return the folder
     */
    public Path directory() {
        return dir;
    }

    /**
     * How many results came from the cache and how many were parsed, since this cache was made.
     *
     * @return results taken from the cache
     */
    public int hits() {
        return hits.get();
    }

    /**
     * How many results were parsed because the cache had none.
     *
     * @return results parsed
     */
    public int misses() {
        return misses.get();
    }

    /**
     * Why this cache could not store results, if it could not: the folder is read-only, the disk is
     * full, a file stands where the folder should be. The run is right either way (every file is
     * parsed); only the time the cache saves is lost, and a caller should say so once.
     *
     * @return the first reason an entry could not be written, or empty
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem.get());
    }

    /**
     * Parses a file, or returns what an identical earlier parse of the same path gave.
     *
     * @param parser the parser to use on a miss; its version and configuration are part of the key
     * @param file the file
     * @return the result
     */
    public ParseResult parse(ReviewParser parser, Path file) {
        // The clock is read before the file is looked at, for the index's test of recent changes.
        long statMillis = System.currentTimeMillis();
        StatIndex.Stamp stamp;
        byte[] bytes;
        try {
            stamp = StatIndex.Stamp.read(file);
            if (stamp.size() > ReviewParser.MAX_BYTES || !Files.isRegularFile(file)) {
                return parser.parse(file);
            }
            // Each configuration (its aliases) has its own index: an unchanged file is not read under any.
            Optional<ParseResult> unchanged = index(parser.configuration()).key(file, stamp).flatMap(this::read);
            if (unchanged.isPresent()) {
                hits.incrementAndGet();
                notRead.incrementAndGet();
                return unchanged.get();
            }
            bytes = ReviewParser.readWhole(file, ReviewParser.MAX_BYTES, () -> { });
            if (bytes.length > ReviewParser.MAX_BYTES) {
                return parser.parse(file);
            }
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            // Let the parser say what is wrong with the file, the same way as without a cache.
            return parser.parse(file);
        }
        String key = key(file, bytes, parser.configuration());
        Optional<ParseResult> cached = read(key);
        ParseResult result;
        if (cached.isPresent()) {
            hits.incrementAndGet();
            result = cached.get();
        } else {
            misses.incrementAndGet();
            result = parser.parse(file.toString(), bytes);
            if (!write(key, result)) {
                return result;
            }
        }
        index(parser.configuration()).record(file, stamp, key, statMillis);
        return result;
    }

    /** Reads a blob's bytes when the cache does not have its result. */
    @FunctionalInterface
    interface BlobReader {
        byte[] read() throws IOException;
    }

    /**
     * Parses a file of a git tree, keyed by its blob id: a blob parsed before (under the same name
     * and configuration) is not read again, whatever commit it is reached from.
     *
     * @param parser the parser to use on a miss
     * @param name the file's name as its review's source gives it ({@code REPOSITORY@REF:PATH})
     * @param fileName the file's own name in the tree, the review id's fallback
     * @param blob the blob id
     * @param bytes reads the blob, on a miss only
     * @return the result
     * @throws IOException when the blob cannot be read
     */
    ParseResult parseBlob(ReviewParser parser, String name, String fileName, String blob, BlobReader bytes) throws IOException {
        String key = key(name, ("git-blob " + blob).getBytes(StandardCharsets.UTF_8), parser.configuration());
        Optional<ParseResult> cached = read(key);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            notRead.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        byte[] read = bytes.read();
        ParseResult result = parser.parse(name, fileName, read);
        write(key, result);
        return result;
    }

    /**
     * Writes down which files were unchanged, so that the next run need not read or hash them.
     * {@link ReviewLoader} does this after every load; call it after parsing files one by one.
     */
    public void flush() {
        indexes.values().forEach(StatIndex::save);
    }

    private StatIndex index(String configuration) {
        return indexes.computeIfAbsent(configuration,
                c -> new StatIndex(dir, ReviewParser.VERSION + "\0" + ResultCodec.get().fingerprint(), c));
    }

    /** How many results came from the cache without the file being read, because its stamp was unchanged. */
    int notRead() {
        return notRead.get();
    }

    private static String key(Path file, byte[] bytes, String configuration) {
        return key(file.toString(), bytes, configuration);
    }

    private static String key(String file, byte[] bytes, String configuration) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ReviewParser.VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ResultCodec.get().fingerprint().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(configuration.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ENTRY_SUFFIX);
    }

    private Optional<ParseResult> read(String key) {
        try {
            Path entry = entry(key);
            // An entry is checked before it is read: a damaged cache (an entry linked to a device, or
            // grown huge) must cost no more than a miss.
            if (!Files.isRegularFile(entry) || Files.size(entry) > MAX_ENTRY_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = readAtMost(entry, MAX_ENTRY_BYTES);
            return bytes.length > MAX_ENTRY_BYTES ? Optional.empty() : Optional.of(ResultCodec.get().decode(bytes));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // A damaged or foreign entry is a miss; it is overwritten by the fresh parse.
            return Optional.empty();
        }
    }

    /** The first {@code limit + 1} bytes at most, so that a file that grows while read cannot exhaust memory. */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** Stores a result; false when it could not be stored. */
    private boolean write(String key, ParseResult result) {
        Path p = entry(key);
        try {
            if (madeFolders.add(p.getParent())) {
                Files.createDirectories(p.getParent());
            }
            writeAtomically(p, ResultCodec.get().encode(result));
            return true;
        } catch (OutOfMemoryError e) {
            // A result too large to encode in the memory left is simply not cached; the run goes on.
            return false;
        } catch (IOException | RuntimeException e) {
            // The cache only saves time: a result that cannot be stored is parsed again next run. The
            // folder may have been deleted under us; it is made again for the next entry.
            madeFolders.remove(p.getParent());
            problem.compareAndSet(null, "could not write " + p.getParent() + " (" + e.getClass().getSimpleName().replace("Exception", "")
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return false;
        }
    }

    /**
     * Writes a file of the cache so that readers see the old bytes or the new ones, never a part: in
     * full under a name only this thread of this process uses (createTempFile's random names cost a
     * third of a first run's writing time), then renamed over the target in one step.
     */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + "." + PROCESS + "." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // Nothing was left behind, or nothing can be done about it.
            }
        }
    }
}
