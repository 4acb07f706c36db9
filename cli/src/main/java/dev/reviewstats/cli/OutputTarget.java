package dev.reviewstats.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where a command writes files, checked before any report is read and written so that a reader never
 * sees half a file: each file is written in full under a temporary name in the same folder, then
 * renamed over the target in one step. A rename replaces a symbolic link planted at the target; it
 * never writes through it to wherever it points. A device or a pipe is written to, not replaced.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /** Refuses a file target that is a folder, or whose folder is a file: usage errors, not failures after the parse. */
    static void checkFile(CommandSpec spec, String option, Path file) {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " is a folder; give the name of the file to write");
        }
        Path parent = file.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new ParameterException(spec.commandLine(), option + " " + file + ": " + p + " is a file, not a folder");
                }
                if (!Files.isWritable(p)) {
                    // Also when folders are missing below it: they could not be made, and the whole
                    // parse would run before that was found.
                    throw new ParameterException(spec.commandLine(), option + " " + file + ": the folder " + p + " is not writable"
                            + (p.equals(parent) ? "" : ", so " + parent + " cannot be made"));
                }
                break;
            }
        }
    }

    /** Refuses a folder target that is a file (or a link to one). */
    static void checkFolder(CommandSpec spec, String option, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), option + " " + dir + " is a file; give a folder to write into");
        }
        checkFile(spec, option, dir.resolve("x"));
    }

    /** What writes a file's content; it may fail half-way, and then nothing is replaced. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target} atomically (see the class comment), making its folder if needed. */
    static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Whether {@code -o} names standard output. */
    static boolean isStdout(Path target) {
        return target.toString().equals("-");
    }

    /**
     * Writes what {@code content} gives to {@code target}. A regular file (or a new one) is written
     * atomically; an existing file keeps its permissions, a new one gets the process's umask (the
     * temporary file is created as any file is, not with a temporary file's private mode). A device, a
     * pipe or another special file is written to in place, never replaced by a plain file.
     */
    static void write(Path target, Content content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(target) && !Files.isDirectory(target)) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = newSibling(folder, target.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                // On disk before the rename: a crash then leaves the old file or the new one, never an empty one.
                ch.force(true);
            }
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                keepPermissions(target, tmp);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new, empty file beside the target, created with the umask's mode (createTempFile's is 0600). */
    private static Path newSibling(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not ours to read: the new file keeps the umask's mode.
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The one line a failed write gets on stderr. */
    static String describe(Path target, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        }
        return "review-stats: could not write " + target + ": " + why + "; the previous file there, if any, is unchanged";
    }
}
