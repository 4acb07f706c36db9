package dev.reviewstats.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map that keeps its entries' order in two arrays: a review's retro cells and tool counts
 * are a dozen small entries each, and a linked hash map's nodes and table would take several times
 * their size in a run holding tens of thousands of reviews. Lookups scan; the maps are small.
 */
final class ArrayMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the keys in order */
    private final Object[] keys;
    /** @serial the values, in the keys' order */
    private final Object[] values;

    private ArrayMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** A copy of {@code map} in its iteration order. */
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ArrayMap<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<K, V> same = (Map<K, V>) map;
            return same;
        }
        Object[] k = new Object[map.size()];
        Object[] v = new Object[map.size()];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            k[i] = e.getKey();
            v[i] = e.getValue();
            i++;
        }
        return new ArrayMap<>(k, v);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (java.util.Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }
        };
    }
}
