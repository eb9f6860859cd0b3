package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadKeys;
import dev.hotlist.domain.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print shortcut ({@link SheetPrint}: a row with its lead's current print is unchanged, unread) decides exactly
 * as comparing the stored lead whole does: the same sheets imported into two databases, one of them with every
 * print wiped before each import (as leads from before schema 11 are), give the same outcomes and the same leads.
 */
class SheetPrintTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final String[] NAMES = {"Ann Lee", "Ben Wu", "Cara Diaz", "Dan Fox", "Eve Kim", "", "Li Wei"};
    private static final String[] NOTES = {"", "met at the fair", "wants a quote", "call after 5"};
    @TempDir
    Path dir;

    @Test
    void theShortcutDecidesAsComparingWholeLeadsDoes() throws Exception {
        Random random = new Random(17);
        try (Database withPrints = Database.open(dir.resolve("a.db"));
             Database wiped = Database.open(dir.resolve("b.db"))) {
            List<Lead> sheet = sheet(random, 300);
            for (int round = 0; round < 6; round++) {
                List<LeadWriter.Outcome> a = importRows(withPrints, sheet, false);
                List<LeadWriter.Outcome> b = importRows(wiped, sheet, true);
                assertThat(a).as("round %d", round).isEqualTo(b);
                assertThat(withPrints.read(LeadStore::all)).as("round %d", round)
                        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("createdAt", "updatedAt", "version")
                        .isEqualTo(wiped.read(LeadStore::all));
                if (round > 0) {
                    assertThat(a).as("the sheet as it was, round %d", round).contains(LeadWriter.Outcome.UNCHANGED);
                }
                sheet = vary(random, sheet);
            }
        }
    }

    @Test
    void aPrintSeesEveryFieldAMergeReadsAndTheirBoundaries() {
        Lead row = Lead.builder().name("Ann").company("Acme").email("a@x.com").phone("1").notes("n")
                .putExtra("WeChat", "w").build();
        List<Lead> others = List.of(row.toBuilder().name("Anne").build(), row.toBuilder().company("Acme ").build(),
                row.toBuilder().name("An").company("nAcme").build(), row.toBuilder().needStated("4").build(),
                row.toBuilder().needScale(LeadWriter.SCALE_PENDING).build(),
                row.toBuilder().buyingDate(AS_OF).build(), row.toBuilder().closedOn(AS_OF).build(),
                row.toBuilder().outcome(Outcome.WON).build(), row.toBuilder().doNotCall(true).build(),
                row.toBuilder().putExtra("WeChat", "w2").build(), row.toBuilder().putExtra("Fax", "").build(),
                row.toBuilder().externalId("7").build(), row.toBuilder().region("North").build());
        assertThat(others).allSatisfy(o -> assertThat(SheetPrint.of(o)).isNotEqualTo(SheetPrint.of(row)));
        assertThat(SheetPrint.of(row.toBuilder().build())).isEqualTo(SheetPrint.of(row)).isNotZero();
    }

    private static List<Lead> sheet(Random random, int rows) {
        List<Lead> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            out.add(row(random, i % 120));
        }
        return out;
    }

    /** A person (some of them several rows), with cells that vary and are sometimes blank. */
    private static Lead row(Random random, int person) {
        Lead.Builder b = Lead.builder().name(pick(random, NAMES) + (random.nextInt(4) == 0 ? "" : " " + person))
                .email(random.nextInt(5) == 0 ? "" : "p" + person + "@x.com")
                .phone(random.nextInt(3) == 0 ? "" : "+1 555 " + (1000 + person % 90))
                .company(random.nextBoolean() ? "Acme" : "")
                .notes(pick(random, NOTES))
                .needStated(random.nextInt(3) == 0 ? String.valueOf(random.nextInt(10)) : "");
        if (random.nextInt(4) == 0) {
            b.putExtra("WeChat", random.nextBoolean() ? "" : "w" + random.nextInt(3));
        }
        if (random.nextInt(6) == 0) {
            b.outcome(random.nextBoolean() ? Outcome.WON : Outcome.LOST);
        }
        if (random.nextInt(8) == 0) {
            b.doNotCall(true);
        }
        return withPendingScale(b.build());
    }

    /** The sheet mostly as it was: some rows changed, some dropped, some new, the order shuffled a little. */
    private static List<Lead> vary(Random random, List<Lead> sheet) {
        List<Lead> out = new ArrayList<>();
        for (Lead lead : sheet) {
            int dice = random.nextInt(20);
            if (dice == 0) {
                continue;
            }
            out.add(dice == 1 ? row(random, random.nextInt(150)) : dice == 2
                    ? withPendingScale(lead.toBuilder().notes(pick(random, NOTES)).build()) : lead);
        }
        for (int i = 0; i < out.size() - 1; i += 7) {
            if (random.nextInt(3) == 0) {
                java.util.Collections.swap(out, i, i + 1);
            }
        }
        return out;
    }

    /** As the import gives a bare-number need: waiting for its column's scale. */
    private static Lead withPendingScale(Lead row) {
        return !row.needStated().isEmpty() && row.needScale() == null
                ? row.toBuilder().needScale(LeadWriter.SCALE_PENDING).build() : row;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<LeadWriter.Outcome> importRows(Database db, List<Lead> rows, boolean wipePrints) {
        return db.writeOnce(c -> {
            if (wipePrints) {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE lead SET sheet_print = NULL, print_version = NULL");
                }
            }
            long batch = ImportBatches.start(c, "s.xlsx", "Sheet1", Instant.now(), AS_OF);
            List<LeadWriter.Outcome> out = new ArrayList<>();
            try (LeadWriter w = new LeadWriter(c, batch, Instant.now())) {
                for (int i = 0; i < rows.size(); i += 50) {
                    List<Lead> batchRows = rows.subList(i, Math.min(rows.size(), i + 50));
                    w.prefetch(batchRows.stream().map(LeadKeys::of).toList(),
                            batchRows.stream().mapToLong(SheetPrint::of).toArray());
                    for (Lead row : batchRows) {
                        out.add(w.merge(row));
                    }
                }
                w.settleNeedScale(10);
            }
            return out;
        });
    }
}
