package dev.hotlist.store;

/**
 * The match keys an import has written, as 64-bit hashes in an open-addressing table. It answers "certainly absent"
 * or "maybe present": only a maybe costs an index lookup, so a first import of new leads runs no lookup at all. A
 * hash collision only costs a lookup, never a wrong match.
 */
final class KeySet {
    private long[] slots = new long[1 << 12];
    private int size;

    void add(char kind, String key) {
        if (key.isEmpty()) {
            return;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, hash(kind, key))) {
            size++;
        }
    }

    boolean mightContain(char kind, String key) {
        long h = hash(kind, key);
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                return false;
            }
            if (slots[i] == h) {
                return true;
            }
        }
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the kind and the key's chars, then a finaliser; never 0 (0 marks an empty slot). */
    static long hash(char kind, String key) {
        long h = 0xcbf29ce484222325L ^ kind;
        h *= 0x100000001b3L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
