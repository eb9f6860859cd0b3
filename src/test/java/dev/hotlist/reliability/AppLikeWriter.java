package dev.hotlist.reliability;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.service.LocalHotlist;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * One window's worth of work for the interleaving stress test: on database {@code args[0]} with leads 1..{@code
 * args[3]}, {@code args[2]} rounds of a random mix of logged calls, stage changes, snoozes, settings saves and
 * re-ranks, with a file-dialog-like browse of the database files before about a third of them and random pauses.
 * Each logged call's note ({@code args[1]-round}) is printed only after {@code logCall} returned; then the process
 * idles until it is killed. {@code args[5]}, when given, lists the parts browsed ("", "-wal", "-shm", comma-separated;
 * all three by default).
 */
public final class AppLikeWriter {
    private AppLikeWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String tag = args[1];
        int rounds = Integer.parseInt(args[2]);
        int leads = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        List<String> parts = args.length > 5 ? List.of(args[5].split(",", -1)) : FileDialog.ALL;
        try (LocalHotlist hotlist = LocalHotlist.open(db)) {
            for (int round = 1; round <= rounds; round++) {
                if (random.nextInt(3) == 0) {
                    FileDialog.browse(db, parts);
                }
                long lead = 1 + random.nextInt(leads);
                int op = random.nextInt(10);
                if (op < 6) {
                    String note = tag + "-" + round;
                    hotlist.logCall(lead, random.nextBoolean() ? CallOutcome.NO_ANSWER : CallOutcome.REACHED, null,
                            note);
                    System.out.println(note);
                } else if (op < 8) {
                    hotlist.setStage(lead, random.nextBoolean() ? Stage.QUALIFIED : Stage.PROPOSAL);
                } else if (op < 9) {
                    hotlist.snooze(lead, LocalDate.now().plusDays(1 + random.nextInt(5)));
                } else {
                    ScoringSettings s = ScoringSettings.defaults();
                    hotlist.saveSettings(new ScoringSettings(s.needWeight(), 60 + random.nextInt(20), s.hotTiming(),
                            s.timingMidpointDays(), s.timingSteepness(), s.overdueGraceDays(), s.staleAfterDays()));
                }
                if (random.nextInt(5) == 0) {
                    hotlist.rank(LeadFilter.all(), LocalDate.now());
                }
                System.out.println("round " + tag + " " + round);
                System.out.flush();
                Thread.sleep(random.nextInt(15));
            }
            System.out.println("done " + tag);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
