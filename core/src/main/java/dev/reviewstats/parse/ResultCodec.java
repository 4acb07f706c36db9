package dev.reviewstats.parse;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The cache's binary form of a {@link ParseResult}: each record's components in declaration order,
 * with no class descriptors, field names or object graph in the bytes. Java serialization wrote
 * every class descriptor into every entry, which made entries twice the size of the report and
 * reading them the slowest part of a cached run.
 *
 * <p>The layout is derived once from the model's record components, and {@link #fingerprint()}
 * hashes that layout (names, types, enum constants): the cache puts it into every key, so a change
 * to the model can never decode old bytes into the wrong fields. A CRC-32C trailer turns a damaged
 * entry into a miss. Thread-safe.
 */
final class ResultCodec {
    private static final int MAGIC = 0x52535231; // "RSR1"

    private static final ResultCodec INSTANCE = new ResultCodec();

    private final Map<Type, Field> fields = new HashMap<>();
    private final Field root;
    private final String fingerprint;

    /** How one value of one declared type is written and read. */
    private interface Field {
        void write(DataOutputStream out, Object value) throws IOException;

        Object read(ByteBuffer in);
    }

    private interface Writer {
        void write(DataOutputStream out, Object value) throws IOException;
    }

    private interface Reader {
        Object read(ByteBuffer in);
    }

    private static Field of(Writer writer, Reader reader) {
        return new Field() {
            public void write(DataOutputStream out, Object value) throws IOException {
                writer.write(out, value);
            }

            public Object read(ByteBuffer in) {
                return reader.read(in);
            }
        };
    }

    private ResultCodec() {
        StringBuilder layout = new StringBuilder();
        root = field(ParseResult.class, layout);
        fingerprint = sha256(layout.toString()).substring(0, 16);
    }

    static ResultCodec get() {
        return INSTANCE;
    }

    /** A short hash of the layout; changes whenever a model record or enum changes shape. */
    String fingerprint() {
        return fingerprint;
    }

    byte[] encode(ParseResult result) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(buf);
        out.writeInt(MAGIC);
        root.write(out, result);
        out.flush();
        return sealed(buf.toByteArray());
    }

    /** Decodes bytes written by {@link #encode}; throws {@link IllegalArgumentException} for anything else. */
    ParseResult decode(byte[] bytes) {
        ByteBuffer in = unsealed(bytes);
        try {
            if (in.getInt() != MAGIC) {
                throw new IllegalArgumentException("not a cache entry");
            }
            Object value = root.read(in);
            if (in.hasRemaining() || !(value instanceof ParseResult r)) {
                throw new IllegalArgumentException("cache entry has trailing or foreign bytes");
            }
            return r;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("truncated or damaged cache entry", e);
        }
    }

    /** The bytes with a CRC-32C trailer, for anything the cache writes. */
    static byte[] sealed(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return ByteBuffer.allocate(body.length + Integer.BYTES).put(body).putInt((int) crc.getValue()).array();
    }

    /**
     * The body of bytes {@link #sealed} made; throws {@link IllegalArgumentException} when the trailer
     * does not match, because a disk error must make a miss, never a plausible but different value.
     */
    static ByteBuffer unsealed(byte[] bytes) {
        if (bytes.length < 2 * Integer.BYTES) {
            throw new IllegalArgumentException("not a cache file");
        }
        int length = bytes.length - Integer.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, length, Integer.BYTES).getInt()) {
            throw new IllegalArgumentException("cache file fails its checksum");
        }
        return ByteBuffer.wrap(bytes, 0, length);
    }

    // ---- layout, built once ----

    private Field field(Type type, StringBuilder layout) {
        Field known = fields.get(type);
        if (known != null) {
            layout.append('@').append(type.getTypeName());
            return known;
        }
        Field f = build(type, layout);
        fields.put(type, f);
        return f;
    }

    private Field build(Type type, StringBuilder layout) {
        layout.append(type.getTypeName());
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            layout.append('[');
            Field element = field(p.getActualTypeArguments()[0], layout);
            layout.append(']');
            return list(element);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            layout.append('{');
            Field key = field(p.getActualTypeArguments()[0], layout);
            layout.append(':');
            Field value = field(p.getActualTypeArguments()[1], layout);
            layout.append('}');
            return map(key, value);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("the cache cannot store " + type);
        }
        if (c == int.class) {
            return of((out, v) -> out.writeInt((Integer) v), ByteBuffer::getInt);
        }
        if (c == long.class) {
            return of((out, v) -> out.writeLong((Long) v), ByteBuffer::getLong);
        }
        if (c == boolean.class) {
            return of((out, v) -> out.writeBoolean((Boolean) v), in -> in.get() != 0);
        }
        if (c == double.class) {
            return of((out, v) -> out.writeDouble((Double) v), ByteBuffer::getDouble);
        }
        if (c == Integer.class || c == Long.class || c == Boolean.class || c == Double.class) {
            return nullable(build(primitive(c), new StringBuilder()));
        }
        if (c == String.class) {
            return nullable(of((out, v) -> {
                byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }, in -> {
                int n = in.getInt();
                String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
                in.position(in.position() + n);
                return s;
            }));
        }
        if (c == LocalDate.class) {
            return nullable(of((out, v) -> out.writeLong(((LocalDate) v).toEpochDay()), in -> LocalDate.ofEpochDay(in.getLong())));
        }
        if (c == LocalTime.class) {
            return nullable(of((out, v) -> out.writeLong(((LocalTime) v).toNanoOfDay()), in -> LocalTime.ofNanoOfDay(in.getLong())));
        }
        if (c == Duration.class) {
            return nullable(of((out, v) -> {
                out.writeLong(((Duration) v).getSeconds());
                out.writeInt(((Duration) v).getNano());
            }, in -> Duration.ofSeconds(in.getLong(), in.getInt())));
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            layout.append(Arrays.toString(constants));
            return of((out, v) -> out.writeShort(v == null ? 0 : ((Enum<?>) v).ordinal() + 1), in -> {
                int i = in.getShort();
                return i == 0 ? null : constants[i - 1];
            });
        }
        if (c.isRecord()) {
            return record(c, layout);
        }
        if (c.isSealed()) {
            Class<?>[] kinds = c.getPermittedSubclasses().clone();
            Arrays.sort(kinds, Comparator.comparing(Class::getName));
            layout.append('<');
            Field[] each = new Field[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                each[i] = field(kinds[i], layout);
                layout.append('|');
            }
            layout.append('>');
            return new Field() {
                public void write(DataOutputStream out, Object v) throws IOException {
                    for (int i = 0; i < kinds.length; i++) {
                        if (kinds[i].isInstance(v)) {
                            out.writeByte(i);
                            each[i].write(out, v);
                            return;
                        }
                    }
                    throw new IOException("no permitted kind of " + c.getName() + " for " + v);
                }

                public Object read(ByteBuffer in) {
                    return each[in.get()].read(in);
                }
            };
        }
        throw new IllegalStateException("the cache cannot store " + c.getName());
    }

    private Field record(Class<?> c, StringBuilder layout) {
        RecordComponent[] components = c.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
        }
        Constructor<?> constructor;
        try {
            constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
        Field[] parts = new Field[components.length];
        // Registered before its components so that a record reaching itself does not recurse forever.
        Field self = nullable(new Field() {
            public void write(DataOutputStream out, Object v) throws IOException {
                for (int i = 0; i < parts.length; i++) {
                    try {
                        parts[i].write(out, accessors[i].invoke(v));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IOException("cannot read " + accessors[i], e);
                    }
                }
            }

            public Object read(ByteBuffer in) {
                Object[] args = new Object[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    args[i] = parts[i].read(in);
                }
                try {
                    return constructor.newInstance(args);
                } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                    // The model's constructors validate; bytes that fail validation are a damaged entry.
                    throw new IllegalArgumentException("cache entry does not make a valid " + c.getSimpleName(), e);
                }
            }
        });
        fields.put(c, self);
        layout.append('(');
        for (int i = 0; i < components.length; i++) {
            layout.append(components[i].getName()).append(':');
            parts[i] = field(components[i].getGenericType(), layout);
            layout.append(',');
        }
        layout.append(')');
        return self;
    }

    private static Field list(Field element) {
        return new Field() {
            public void write(DataOutputStream out, Object v) throws IOException {
                List<?> l = (List<?>) v;
                out.writeInt(l.size());
                for (Object e : l) {
                    element.write(out, e);
                }
            }

            public Object read(ByteBuffer in) {
                int n = in.getInt();
                List<Object> l = new ArrayList<>(Math.min(n, in.remaining()));
                for (int i = 0; i < n; i++) {
                    l.add(element.read(in));
                }
                return l;
            }
        };
    }

    private static Field map(Field key, Field value) {
        return new Field() {
            public void write(DataOutputStream out, Object v) throws IOException {
                Map<?, ?> m = (Map<?, ?>) v;
                out.writeInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    key.write(out, e.getKey());
                    value.write(out, e.getValue());
                }
            }

            public Object read(ByteBuffer in) {
                int n = in.getInt();
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    m.put(key.read(in), value.read(in));
                }
                return m;
            }
        };
    }

    /** Collections hold no nulls, so only scalars and records need the marker byte. */
    private static Field nullable(Field f) {
        return of((out, v) -> {
            out.writeBoolean(v != null);
            if (v != null) {
                f.write(out, v);
            }
        }, in -> in.get() == 0 ? null : f.read(in));
    }

    private static Class<?> primitive(Class<?> boxed) {
        return boxed == Integer.class ? int.class : boxed == Long.class ? long.class : boxed == Boolean.class ? boolean.class
                : double.class;
    }

    /** The SHA-256 of a string's UTF-8 bytes, in hex. */
    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
