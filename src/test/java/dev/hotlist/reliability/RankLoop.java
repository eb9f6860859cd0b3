package dev.hotlist.reliability;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A third team member ranking in a loop while others import: {@code args[0]} the database, {@code args[1]} a file
 * whose existence says stop. Prints each distinct count of leads ranked ("seen N"), then "ranked K times"; any
 * error ends it with a stack trace and exit code 1.
 */
public final class RankLoop {
    private RankLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path stop = Path.of(args[1]);
        long rounds = 0;
        int last = -1;
        try (LocalHotlist hotlist = LocalHotlist.open(DatabaseLocation.of(args[0]))) {
            while (!Files.exists(stop) || rounds == 0) {
                int n = hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), LocalDate.of(2026, 11, 24))
                        .size();
                if (n != last) {
                    System.out.println("seen " + n);
                    last = n;
                }
                rounds++;
                Thread.sleep(20);
            }
            int n = hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), LocalDate.of(2026, 11, 24)).size();
            System.out.println("seen " + n);
        }
        System.out.println("ranked " + rounds + " times");
    }
}
