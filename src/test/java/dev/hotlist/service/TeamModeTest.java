package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.ClaimOutcome;
import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Team semantics on both stores (two windows on one SQLite file are a team of one): owners and claims, edits checked
 * by the database against the version they were made from, others' changes seen live, imports that never duplicate.
 */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class TeamModeTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @Parameter
    Store.Engine engine;
    @TempDir
    Path dir;

    private LocalHotlist as(String user) {
        return LocalHotlist.open(TeamServer.location(engine, dir, "team.db"), Clock.systemDefaultZone(), user);
    }

    private Path sheet(String name, int rows, String prefix) throws Exception {
        return LeadSheetFiles.csv(dir.resolve(name), rows, prefix);
    }

    private static ImportReport importInto(Hotlist h, Path file) throws Exception {
        return h.importFile(file, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
    }

    private static Lead find(Hotlist h, String name) {
        return h.rank(LeadFilter.all().withClosedAndSnoozed(true, true), AS_OF).stream().map(RankedLead::lead)
                .filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aConflictingEditIsRefusedAndShowsBothVersionsThenKeepingMineSavesIt() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            importInto(ann, sheet("a.csv", 3, "A"));
            Lead seenByAnn = find(ann, "A Person 1");
            Lead seenByBen = find(ben, "A Person 1");
            assertThat(seenByAnn.version()).isEqualTo(seenByBen.version());

            EditOutcome first = ann.save(seenByAnn.toBuilder().stage(Stage.PROPOSAL).build());
            assertThat(first).isInstanceOf(EditOutcome.Saved.class);
            assertThat(((EditOutcome.Saved) first).lead().version()).isEqualTo(seenByAnn.version() + 1);

            Lead bensEdit = seenByBen.toBuilder().userNotes("call after lunch").build();
            EditOutcome second = ben.save(bensEdit);
            assertThat(second).isInstanceOfSatisfying(EditOutcome.Conflict.class, c -> {
                assertThat(c.mine()).isEqualTo(bensEdit);
                assertThat(c.theirs().stage()).isEqualTo(Stage.PROPOSAL);
                assertThat(c.theirs().userNotes()).isEmpty();
                assertThat(c.changedBy()).isEqualTo("ann");
            });
            assertThat(ben.lead(seenByBen.id()).orElseThrow().userNotes()).as("the refused edit changed nothing")
                    .isEmpty();

            // keep mine: saved again over their version
            Lead theirs = ((EditOutcome.Conflict) second).theirs();
            EditOutcome kept = ben.save(bensEdit.toBuilder().version(theirs.version()).build());
            assertThat(kept).isInstanceOf(EditOutcome.Saved.class);
            Lead stored = ann.lead(seenByAnn.id()).orElseThrow();
            assertThat(stored.userNotes()).isEqualTo("call after lunch");
            assertThat(stored.stage()).as("ben kept his whole version").isEqualTo(Stage.NEW);
        }
    }

    @Test
    void buyingDatesAndSheetFieldsAreVersionCheckedEditsTooAndReRankTheLead() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            importInto(ann, sheet("a.csv", 3, "A"));
            Lead seen = find(ann, "A Person 1");
            Lead edited = seen.toBuilder().buyingDate(AS_OF.plusDays(1)).company("Acme Robotics")
                    .email("new@acme.example").build();
            assertThat(ann.save(edited)).isInstanceOf(EditOutcome.Saved.class);
            Lead stored = find(ben, "A Person 1");
            assertThat(stored.buyingDate()).isEqualTo(AS_OF.plusDays(1));
            assertThat(stored.company()).isEqualTo("Acme Robotics");
            assertThat(ben.rank(LeadFilter.all().withText("new@acme.example"), AS_OF)).singleElement()
                    .satisfies(r -> assertThat(r.score().timingPoints()).isGreaterThan(90));
            // the same edit made again from the version seen before is refused, not applied twice over a newer one
            assertThat(ben.save(seen.toBuilder().company("Old Name Ltd").build()))
                    .isInstanceOf(EditOutcome.Conflict.class);
            assertThat(ann.lead(seen.id()).orElseThrow().company()).isEqualTo("Acme Robotics");
        }
    }

    @Test
    void twoClaimsOfOneLeadAtOnceOneWinsAndTheOtherIsToldWho() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            importInto(ann, sheet("a.csv", 40, "A"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (RankedLead r : ann.rank(LeadFilter.all(), AS_OF)) {
                    long id = r.lead().id();
                    CountDownLatch go = new CountDownLatch(1);
                    Future<ClaimOutcome> a = pool.submit(() -> {
                        go.await();
                        return ann.claim(id);
                    });
                    Future<ClaimOutcome> b = pool.submit(() -> {
                        go.await();
                        return ben.claim(id);
                    });
                    go.countDown();
                    List<ClaimOutcome> both = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
                    assertThat(both).filteredOn(o -> o instanceof ClaimOutcome.Claimed).hasSize(1);
                    String winner = ((ClaimOutcome.Claimed) both.stream()
                            .filter(o -> o instanceof ClaimOutcome.Claimed).findFirst().orElseThrow()).lead().assignee();
                    assertThat(both).filteredOn(o -> o instanceof ClaimOutcome.TakenBy).singleElement()
                            .satisfies(o -> assertThat(((ClaimOutcome.TakenBy) o).owner()).isEqualTo(winner));
                    assertThat(ann.lead(id).orElseThrow().assignee()).isEqualTo(winner);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void myLeadsAndUnassignedAreViewsOfTheOwner() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            importInto(ann, sheet("a.csv", 5, "A"));
            long first = find(ann, "A Person 0").id();
            long second = find(ann, "A Person 1").id();
            assertThat(ann.claim(first)).isInstanceOf(ClaimOutcome.Claimed.class);
            assertThat(ben.claim(second)).isInstanceOf(ClaimOutcome.Claimed.class);
            LeadFilter mine = LeadFilter.all().withAssignees(Set.of(ann.user()));
            LeadFilter unassigned = LeadFilter.all().withAssignees(Set.of(""));
            assertThat(ann.rank(mine, AS_OF)).extracting(r -> r.lead().id()).containsExactly(first);
            assertThat(ann.rank(unassigned, AS_OF)).hasSize(3);
            assertThat(ben.release(first)).as("not ben's to give back").isFalse();
            assertThat(ann.release(first)).isTrue();
            assertThat(ann.rank(unassigned, AS_OF)).hasSize(4);
            SavedViewRoundTrip.check(ann, "Unassigned", unassigned);
        }
    }

    @Test
    void othersChangesAppearLiveAndOnlyWhatChangedIsRead() throws Exception {
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            importInto(ann, sheet("a.csv", 200, "A"));
            BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
            try (AutoCloseable watching = ann.watch(events::add)) {
                assertThat(ann.rank(LeadFilter.all(), AS_OF)).hasSize(200);
                long readBefore = ann.leadsRead();
                if (engine == Store.Engine.POSTGRESQL) {
                    assertThat(readBefore).as("the first ranking read every lead").isGreaterThanOrEqualTo(200);
                }
                Lead lead = find(ben, "A Person 7");
                assertThat(ben.save(lead.toBuilder().stage(Stage.QUALIFIED).build()))
                        .isInstanceOf(EditOutcome.Saved.class);
                DatabaseEvent event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).as("a notice within seconds").isInstanceOf(DatabaseEvent.Changed.class);
                if (engine == Store.Engine.POSTGRESQL) {
                    assertThat(((DatabaseEvent.Changed) event).leadIds()).contains(lead.id());
                }
                assertThat(find(ann, "A Person 7").stage()).isEqualTo(Stage.QUALIFIED);
                if (engine == Store.Engine.POSTGRESQL) {
                    assertThat(ann.leadsRead() - readBefore).as("one lead fetched, not a rescan").isLessThan(5);
                }
            }
        }
    }

    @Test
    void twoPeopleImportingTheSameSheetAtOnceCreateNoDuplicates() throws Exception {
        Path same = sheet("same.csv", 2_000, "S");
        try (LocalHotlist ann = as("ann"); LocalHotlist ben = as("ben")) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ImportReport>> both = new ArrayList<>();
                for (LocalHotlist who : List.of(ann, ben)) {
                    both.add(pool.submit(() -> {
                        go.await();
                        return importInto(who, same);
                    }));
                }
                go.countDown();
                int created = 0;
                for (Future<ImportReport> f : both) {
                    created += f.get(180, TimeUnit.SECONDS).newCount();
                }
                assertThat(created).isEqualTo(2_000);
                assertThat(ann.leadCount()).isEqualTo(2_000);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theServerRefusesASecondLeadWithTheSameRecordIdButNotASharedEmailOrPhone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Store.Engine.POSTGRESQL,
                "SQLite's single writer needs no index to enforce it, and old files may hold such pairs");
        try (LocalHotlist ann = as("ann")) {
            importInto(ann, sheet("a.csv", 1, "A"));
        }
        String jdbc = "jdbc:" + TeamServer.url(dir, "team.db").replace("postgres@", "");
        try (var c = DriverManager.getConnection(jdbc, "postgres", ""); var st = c.createStatement()) {
            String insert = "INSERT INTO lead (id, external_id, email_key, phone_key, created_at, updated_at) VALUES ";
            st.execute(insert + "(100, 'CRM-1', '', '', 'x', 'x')");
            assertThatThrownBy(() -> st.execute(insert + "(101, 'CRM-1', '', '', 'x', 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("lead_unique_external_id");
            // the merge rules keep people apart who share a placeholder address or a switchboard: so does the server
            st.execute(insert + "(102, '', 'info@x.com', '4155550101', 'x', 'x')");
            st.execute(insert + "(103, '', 'info@x.com', '', 'x', 'x')");
            st.execute(insert + "(104, 'CRM-2', 'info@x.com', '', 'x', 'x')");
            st.execute(insert + "(105, '', 'bob@x.com', '4155550101', 'x', 'x')");
        }
    }
}
