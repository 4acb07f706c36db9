package dev.reviewstats.analytics.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The few pieces of Thrift's compact protocol that Parquet's page headers and footer need: structs
 * of integers, strings, booleans, lists and nested structs, written forward only. Field ids are
 * written as deltas from the previous field of the same struct, as the protocol requires.
 */
final class CompactProtocol {
    static final int BOOLEAN_TRUE = 1;
    static final int BOOLEAN_FALSE = 2;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastField = new ArrayDeque<>();
    private int last;

    byte[] bytes() {
        return out.toByteArray();
    }

    CompactProtocol i32(int id, int value) {
        field(id, I32);
        varint(zigzag(value));
        return this;
    }

    CompactProtocol i64(int id, long value) {
        field(id, I64);
        varint(zigzag(value));
        return this;
    }

    CompactProtocol string(int id, String value) {
        field(id, BINARY);
        binary(value);
        return this;
    }

    CompactProtocol bool(int id, boolean value) {
        field(id, value ? BOOLEAN_TRUE : BOOLEAN_FALSE);
        return this;
    }

    /** Opens a struct-valued field; {@link #end} closes it. */
    CompactProtocol struct(int id) {
        field(id, STRUCT);
        lastField.push(last);
        last = 0;
        return this;
    }

    /** Opens a list field of {@code size} elements of {@code type}. */
    CompactProtocol list(int id, int type, int size) {
        field(id, LIST);
        if (size < 15) {
            out.write((size << 4) | type);
        } else {
            out.write(0xF0 | type);
            varint(size);
        }
        return this;
    }

    /** Opens a struct that is an element of a list; {@link #end} closes it. */
    CompactProtocol element() {
        lastField.push(last);
        last = 0;
        return this;
    }

    CompactProtocol stringElement(String value) {
        binary(value);
        return this;
    }

    CompactProtocol i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    /** Closes the innermost struct (or the outermost one, ending the message). */
    CompactProtocol end() {
        out.write(0);
        last = lastField.isEmpty() ? 0 : lastField.pop();
        return this;
    }

    private void field(int id, int type) {
        int delta = id - last;
        if (delta > 0 && delta <= 15) {
            out.write((delta << 4) | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        last = id;
    }

    private void binary(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        out.write(b, 0, b.length);
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private void varint(long v) {
        varint(out, v);
    }

    /** An unsigned ULEB128 varint, as Thrift's compact protocol and Parquet's RLE run headers write them. */
    static void varint(ByteArrayOutputStream to, long v) {
        while ((v & ~0x7FL) != 0) {
            to.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        to.write((int) v);
    }
}
