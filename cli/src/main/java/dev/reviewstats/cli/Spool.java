package dev.reviewstats.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text set aside on disk while reports are read, so that a command's memory does not grow with the
 * number of reviews: each review's output is written here as soon as it is parsed (from any thread)
 * and read back one at a time, in review order, when the output is written. The file is deleted when
 * the spool is closed.
 */
final class Spool implements AutoCloseable {
    /** Where one piece of text lies in the spool. */
    record Piece(long offset, int length) {
        static final Piece EMPTY = new Piece(0, 0);
    }

    private final Path file;
    private final RandomAccessFile data;

    private Spool(Path file) throws IOException {
        this.file = file;
        this.data = new RandomAccessFile(file.toFile(), "rw");
    }

    static Spool create() {
        try {
            Path f = Files.createTempFile("review-stats-", ".spool");
            f.toFile().deleteOnExit();
            return new Spool(f);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a temporary file for the output: " + e.getMessage(), e);
        }
    }

    synchronized Piece write(String text) {
        if (text.isEmpty()) {
            return Piece.EMPTY;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            long at = data.length();
            data.seek(at);
            data.write(bytes);
            return new Piece(at, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the temporary file " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized String read(Piece piece) {
        if (piece.length() == 0) {
            return "";
        }
        byte[] bytes = new byte[piece.length()];
        try {
            data.seek(piece.offset());
            data.readFully(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the temporary file " + file + ": " + e.getMessage(), e);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            data.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is removed at exit.
        }
    }
}
