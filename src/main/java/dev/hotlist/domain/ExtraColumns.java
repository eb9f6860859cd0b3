package dev.hotlist.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lead's extra columns: an immutable map in sheet order, kept as two arrays. Every lead of one sheet has the same
 * headers in the same order, so they share one {@link #layout()} (up to {@link #MAX_LAYOUTS} distinct layouts are
 * shared; more are kept per lead). A million leads of 40 extra columns then hold a million arrays of values instead of
 * forty million map entries, and code that reads the same columns of many leads (the learned need) finds a header's
 * place once per layout instead of once per lead.
 */
public final class ExtraColumns extends AbstractMap<String, String> {
    static final int MAX_LAYOUTS = 1024;
    private static final ExtraColumns EMPTY = new ExtraColumns(new String[0], new String[0]);
    private static final Map<List<String>, String[]> LAYOUTS = new ConcurrentHashMap<>();

    private final String[] keys;
    private final String[] values;

    private ExtraColumns(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The columns of {@code extra} in its iteration order; null values are kept as "". */
    public static ExtraColumns of(Map<String, String> extra) {
        if (extra instanceof ExtraColumns e) {
            return e;
        }
        if (extra == null || extra.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[extra.size()];
        String[] values = new String[extra.size()];
        int i = 0;
        for (Map.Entry<String, String> e : extra.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue() == null ? "" : e.getValue();
        }
        List<String> key = Arrays.asList(keys);
        String[] shared = LAYOUTS.get(key);
        if (shared == null && LAYOUTS.size() < MAX_LAYOUTS) {
            shared = LAYOUTS.computeIfAbsent(List.of(keys), k -> keys);
        }
        return new ExtraColumns(shared != null ? shared : keys, values);
    }

    /**
     * The headers in order, the same array for every lead of the same layout: compare it by identity to reuse what
     * was worked out for another lead. Do not modify it.
     */
    public String[] layout() {
        return keys;
    }

    /** The value at a position of the {@link #layout()}. */
    public String valueAt(int position) {
        return values[position];
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
