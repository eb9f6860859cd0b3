package dev.hotlist.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers how short cell texts were read, so a column of a few distinct values is read once per value. Long
 * texts, and new texts once it holds {@link #MAX_ENTRIES}, are read every time: memory stays bounded whatever the
 * sheet. Thread-safe; a text read twice at once is only read twice.
 */
final class CellCache<V> {
    static final int MAX_TEXT = 64;
    static final int MAX_ENTRIES = 4096;

    private final Map<String, V> known = new ConcurrentHashMap<>();

    V get(String text, Function<String, V> read) {
        if (text.length() > MAX_TEXT) {
            return read.apply(text);
        }
        V v = known.get(text);
        if (v == null) {
            v = read.apply(text);
            if (known.size() < MAX_ENTRIES) {
                known.putIfAbsent(text, v);
            }
        }
        return v;
    }
}
