package dev.reviewstats.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the parse cache knows of the files it has read: each file's size, modification time, change
 * time (where the platform has one) and file identity when it was read, and the cache key of its content. A file whose stamp is unchanged
 * is neither read nor hashed again, which is most of the cost of a run over an unchanged folder.
 *
 * <p>As in git's index, a file modified less than {@link #RACY_MILLIS} before it was read is not
 * recorded: another change within the same tick of the file system's clock would leave its stamp
 * as it was. Such a file is hashed on every run until it has been left alone that long.
 *
 * <p>One index file per folder of reports, so a run reads the indexes of the folders it reads only.
 * An index of another parser version or model layout, or a damaged one, is ignored and rewritten.
 * Thread-safe.
 */
final class StatIndex {
    /** Longer than the coarsest common file-time resolution (FAT's two seconds). */
    static final long RACY_MILLIS = 2_000;
    private static final int MAGIC = 0x52534932;
    private static final String INDEX_FOLDER = "index";
    private static final String INDEX_SUFFIX = ".rsi";

    private final Path dir;
    private final String version;
    private final String configuration;
    private final Map<Path, Folder> folders = new ConcurrentHashMap<>();

    StatIndex(Path cacheDir, String version) {
        this(cacheDir, version, "");
    }

    /**
     * An index of the keys made under one parser configuration (family and model aliases): keys made
     * under another are kept in other files, so each configuration skips unchanged files too.
     */
    StatIndex(Path cacheDir, String version, String configuration) {
        this.dir = cacheDir.resolve(INDEX_FOLDER);
        this.version = version;
        this.configuration = configuration;
    }

    /**
     * A file's size, modification time, change time and identity (device and inode where the platform
     * has them). The change time is what git's index checks too: a tool can set a file's modification
     * time back after editing it, but not its change time. {@code changedNanos} is -1 where unknown.
     */
    record Stamp(long size, long modifiedNanos, long changedNanos, String fileKey) {
        Stamp {
            Objects.requireNonNull(fileKey, "fileKey");
        }

        static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), -1, String.valueOf(a.fileKey()));
        }

        /** The stamp of {@code file}, with its change time where the file system has one; one {@code stat}. */
        static Stamp read(Path file) throws IOException {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,fileKey");
                return new Stamp((Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                        ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS), String.valueOf(a.get("fileKey")));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | NullPointerException e) {
                return of(Files.readAttributes(file, BasicFileAttributes.class));
            }
        }
    }

    /** What is known of one file: the path as it was given (the cache key contains it), its stamp and key. */
    private record Entry(String given, Stamp stamp, String key) {
    }

    /** The content key recorded for {@code file} under this stamp, if the file was seen with it. */
    Optional<String> key(Path file, Stamp stamp) {
        Folder f = folder(file);
        Entry e = f.entries.get(name(file));
        if (e == null || !e.stamp.equals(stamp) || !e.given.equals(file.toString())) {
            return Optional.empty();
        }
        f.seen.add(name(file));
        return Optional.of(e.key);
    }

    /**
     * Records a file's key, unless the file was modified within {@link #RACY_MILLIS} of
     * {@code statMillis}, the clock's time before the file was looked at.
     */
    void record(Path file, Stamp stamp, String key, long statMillis) {
        if (stamp.modifiedNanos() > TimeUnit.MILLISECONDS.toNanos(statMillis - RACY_MILLIS)) {
            return;
        }
        Folder f = folder(file);
        Entry e = new Entry(file.toString(), stamp, key);
        f.seen.add(name(file));
        if (!e.equals(f.entries.put(name(file), e))) {
            f.dirty = true;
        }
    }

    /**
     * Writes the index of every folder whose entries changed. Entries of files not seen in this run
     * that no longer exist are dropped. Failing to write only costs time on the next run.
     */
    void save() {
        for (Folder f : folders.values()) {
            if (!f.dirty) {
                continue;
            }
            f.entries.keySet().removeIf(name -> !f.seen.contains(name) && !Files.exists(f.path.resolve(name)));
            try {
                write(f);
                f.dirty = false;
            } catch (IOException | RuntimeException e) {
                // The next run hashes these files and tries again.
            }
        }
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString();
    }

    private Folder folder(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        return folders.computeIfAbsent(parent, this::read);
    }

    private Path indexFile(Path folder) {
        String name = configuration.isEmpty() ? folder.toString() : configuration + "\0" + folder;
        return dir.resolve(ResultCodec.sha256(name).substring(0, 32) + INDEX_SUFFIX);
    }

    /** A folder's index as last written, or an empty one when there is none or it cannot be used. */
    private Folder read(Path folder) {
        Folder f = new Folder(folder);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(indexFile(folder));
        } catch (IOException | RuntimeException e) {
            return f;
        }
        ByteBuffer body;
        try {
            body = ResultCodec.unsealed(bytes);
        } catch (IllegalArgumentException e) {
            return f;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body.array(), 0, body.limit()))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(version) || !in.readUTF().equals(folder.toString())) {
                return f;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                String given = in.readUTF();
                Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readUTF());
                f.entries.put(name, new Entry(given, stamp, in.readUTF()));
            }
        } catch (IOException | RuntimeException e) {
            f.entries.clear();
        }
        return f;
    }

    private void write(Folder f) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(MAGIC);
            out.writeUTF(version);
            out.writeUTF(f.path.toString());
            Map<String, Entry> snapshot = Map.copyOf(f.entries);
            out.writeInt(snapshot.size());
            for (Map.Entry<String, Entry> e : snapshot.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().given);
                out.writeLong(e.getValue().stamp.size());
                out.writeLong(e.getValue().stamp.modifiedNanos());
                out.writeLong(e.getValue().stamp.changedNanos());
                out.writeUTF(e.getValue().stamp.fileKey());
                out.writeUTF(e.getValue().key);
            }
        }
        Files.createDirectories(dir);
        ParseCache.writeAtomically(indexFile(f.path), ResultCodec.sealed(buf.toByteArray()));
    }

    /** The entries of one folder of reports, by file name. */
    private static final class Folder {
        final Path path;
        final Map<String, Entry> entries = new ConcurrentHashMap<>();
        /** Names looked up with an unchanged stamp or recorded in this run: they exist. */
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        volatile boolean dirty;

        Folder(Path path) {
            this.path = path;
        }
    }
}
