package dev.hotlist.store;

import dev.hotlist.domain.Lead;
import java.time.LocalDate;
import java.util.Map;

/**
 * A 64-bit fingerprint of the sheet fields of a row, as a merge reads them ({@link LeadWriter#mergeSheetFields}).
 * A lead keeps the print of the last row merged into it (column {@code sheet_print}, valid while
 * {@code print_version} equals its {@code version}): merging is idempotent, so a row with that same print changes
 * nothing, and the import counts it unchanged without reading the lead. The value is stored, so it must never
 * depend on the JVM (no {@code String.hashCode} seeds, no identity hashes); 0 means "no print".
 */
public final class SheetPrint {
    private static final long PRIME = 0x9E3779B97F4A7C15L;

    private SheetPrint() {
    }

    /** The print of {@code row}'s sheet fields and extra fields (in order); never 0. */
    public static long of(Lead row) {
        long h = 0x6a09e667f3bcc909L;
        h = text(h, row.externalId());
        h = text(h, row.name());
        h = text(h, row.company());
        h = text(h, row.email());
        h = text(h, row.phone());
        h = text(h, row.needStated());
        h = mix(h, row.needScale() == null ? Long.MIN_VALUE : row.needScale());
        h = text(h, row.buyingStated());
        h = date(h, row.buyingDate());
        h = text(h, row.budget());
        h = text(h, row.source());
        h = text(h, row.segment());
        h = text(h, row.customerType());
        h = text(h, row.region());
        h = text(h, row.size());
        h = text(h, row.owner());
        h = text(h, row.notes());
        h = text(h, row.outcome() == null ? "" : row.outcome().name());
        h = date(h, row.closedOn());
        h = mix(h, row.doNotCall() ? 1 : 0);
        h = mix(h, row.extra().size());
        for (Map.Entry<String, String> e : row.extra().entrySet()) {
            h = text(h, e.getKey());
            h = text(h, e.getValue());
        }
        h = finish(h);
        return h == 0 ? 1 : h;
    }

    /** Each text with its length first, so that fields cannot run into each other ("ab","c" vs "a","bc"). */
    private static long text(long h, String s) {
        h = mix(h, s.length());
        int i = 0;
        int n = s.length();
        for (; i + 3 < n; i += 4) {
            h = mix(h, (long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        for (; i < n; i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static long date(long h, LocalDate d) {
        return mix(h, d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    private static long mix(long h, long v) {
        long k = v * PRIME;
        k ^= k >>> 29;
        return Long.rotateLeft(h ^ k, 27) * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    }

    private static long finish(long h) {
        h ^= h >>> 31;
        h *= 0x7FB5D329728EA185L;
        h ^= h >>> 27;
        h *= 0x81DADEF4BC2DD44DL;
        return h ^ (h >>> 33);
    }
}
