package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.team.LeadSheetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Set<Path> warmUpFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("hotlist-warm-up-"))
                    .collect(Collectors.toSet());
        }
    }

    private static List<Lead> leads(List<RankedLead> ranked) {
        return ranked.stream().map(RankedLead::lead).toList();
    }

    @Test
    void theRehearsalRunsOnLeadsOfItsOwnAndLeavesTheUsersDatabaseAndTheDiskAsTheyWere() throws Exception {
        try (LocalHotlist service = LocalHotlist.open(dir.resolve("mine.db"), CLOCK)) {
            service.importFile(LeadSheetFiles.csv(dir.resolve("mine.csv"), 40, "Expo"), SheetOptions.defaults(), DAY,
                    Progress.NONE, Locale.ENGLISH);
            List<Lead> before = leads(service.rank(LeadFilter.all(), DAY));
            Set<Path> folders = warmUpFolders();
            AtomicLong lastDone = new AtomicLong();
            Progress watched = new Progress() {
                @Override
                public void update(long done, long total) {
                    lastDone.set(Math.max(lastDone.get(), done));
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };

            WarmUp.Rehearsal done = WarmUp.run(CLOCK, watched, 600, 3);

            assertThat(done.rows()).isEqualTo(600);
            assertThat(done.rounds()).as("at least one round, never more than asked").isBetween(1, 3);

            assertThat(lastDone.get()).as("the rehearsal's imports reported their rows").isPositive();
            assertThat(leads(service.rank(LeadFilter.all(), DAY))).isEqualTo(before);
            assertThat(service.imports()).hasSize(1);
            assertThat(warmUpFolders()).as("the rehearsal's folder is deleted").isEqualTo(folders);
            try (Stream<Path> mine = Files.list(dir)) {
                assertThat(mine.map(p -> p.getFileName().toString()))
                        .noneMatch(name -> name.startsWith("warm-up"));
            }
        }
    }

    @Test
    void theUsersOwnImportStopsARunningWarmUpAndRunsAsAlways() throws Exception {
        try (LocalHotlist service = LocalHotlist.open(dir.resolve("mine.db"), CLOCK)) {
            Path sheet = LeadSheetFiles.csv(dir.resolve("mine.csv"), 30, "Expo");
            Set<Path> folders = warmUpFolders();
            CountDownLatch begun = new CountDownLatch(1);
            Progress watched = new Progress() {
                @Override
                public void update(long done, long total) {
                    begun.countDown();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            CompletableFuture<Boolean> warmUp = CompletableFuture.supplyAsync(() -> service.warmUp(watched));
            assertThat(begun.await(60, TimeUnit.SECONDS)).as("the warm-up started").isTrue();

            ImportReport report = service.importFile(sheet, SheetOptions.defaults(), DAY, Progress.NONE,
                    Locale.ENGLISH);

            assertThat(report.newCount()).isEqualTo(30);
            assertThat(warmUp.get(60, TimeUnit.SECONDS)).as("stopped before its end").isFalse();
            assertThat(service.rank(LeadFilter.all(), DAY)).hasSize(30);
            assertThat(warmUpFolders()).as("its folder goes too, once it has stopped").isEqualTo(folders);
        }
    }

    @Test
    void aWarmUpAskedForAfterTheFirstImportOrWithACancelledProgressDoesNothing() throws Exception {
        try (LocalHotlist service = LocalHotlist.open(dir.resolve("mine.db"), CLOCK)) {
            Progress cancelled = Progress.NONE.orStoppedBy(() -> true);
            Set<Path> folders = warmUpFolders();
            assertThat(service.warmUp(cancelled)).isFalse();

            service.importFile(LeadSheetFiles.csv(dir.resolve("mine.csv"), 5, "Expo"), SheetOptions.defaults(), DAY,
                    Progress.NONE, Locale.ENGLISH);
            long started = System.nanoTime();
            assertThat(service.warmUp(Progress.NONE)).isFalse();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_000);
            assertThat(warmUpFolders()).isEqualTo(folders);
        }
    }

    @Test
    void anotherRoundRunsOnlyWhileEachIsMarkedlyFasterThanTheBestBefore() {
        assertThat(WarmUp.stillSpeedingUp(2_000, Long.MAX_VALUE)).as("after the first round, always").isTrue();
        assertThat(WarmUp.stillSpeedingUp(900, 2_000)).as("less than half the time: the compiler is at work").isTrue();
        assertThat(WarmUp.stillSpeedingUp(900, 1_000)).as("a tenth faster still counts").isTrue();
        assertThat(WarmUp.stillSpeedingUp(950, 1_000)).as("5% is noise: stop").isFalse();
        assertThat(WarmUp.stillSpeedingUp(1_200, 1_000)).as("slower: stop").isFalse();
    }

    @Test
    void oneRoundAskedIsOneRoundRun() throws Exception {
        assertThat(WarmUp.run(CLOCK, Progress.NONE, 200, 1)).isEqualTo(new WarmUp.Rehearsal(200, 1));
    }
}
