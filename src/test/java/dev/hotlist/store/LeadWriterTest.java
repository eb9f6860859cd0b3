package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.ImportBatch;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Stage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import dev.hotlist.team.TeamServer;

/**
 * The import's matching and merging rules, one set of them, on a SQLite file and on a PostgreSQL server; each
 * merging rows one query at a time and through the writer's lookahead (rows announced in batches of three, as an
 * import announces its batches), which must decide the same.
 */
@ParameterizedClass
@MethodSource("storesAndLookahead")
class LeadWriterTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    /** Rows per announced batch: small, so the tests cross batch boundaries. */
    private static final int LOOKAHEAD = 3;
    @Parameter(0)
    Store.Engine engine;
    @Parameter(1)
    boolean lookahead;
    @TempDir
    Path dir;
    Store db;

    static java.util.stream.Stream<Arguments> storesAndLookahead() {
        return java.util.stream.Stream.of(Store.Engine.values())
                .flatMap(e -> java.util.stream.Stream.of(Arguments.of(e, false), Arguments.of(e, true)));
    }

    /** Merges the rows in order, announcing them to the writer a batch at a time when {@link #lookahead}. */
    private List<LeadWriter.Outcome> mergeAll(LeadWriter w, List<Lead> rows) throws java.sql.SQLException {
        List<LeadWriter.Outcome> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (lookahead && i % LOOKAHEAD == 0) {
                List<Lead> batch = rows.subList(i, Math.min(rows.size(), i + LOOKAHEAD));
                w.prefetch(batch.stream().map(dev.hotlist.domain.LeadKeys::of).toList(),
                        batch.stream().mapToLong(SheetPrint::of).toArray());
            }
            out.add(w.merge(rows.get(i)));
        }
        return out;
    }

    @BeforeEach
    void open() {
        db = Stores.open(TeamServer.location(engine, dir, "hotlist.db").text(), true);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void matchesOnEmailIgnoringCaseAndSpaces() {
        importRows(Lead.builder().name("Ann Lee").email("Ann@Example.com").needStated("low").build());
        List<LeadWriter.Outcome> second = importRows(
                Lead.builder().name("Ann Lee").email("  ann@example.COM ").needStated("urgent").build());
        assertThat(second).containsExactly(LeadWriter.Outcome.UPDATED);
        assertThat(leads()).singleElement().satisfies(l -> assertThat(l.needStated()).isEqualTo("urgent"));
    }

    @Test
    void matchesOnPhoneWithCountryPrefixThenNameAndCompany() {
        importRows(Lead.builder().name("王芳").company("明达机械").phone("138 1234 5678").build(),
                Lead.builder().name("Bob").company("Acme").build());
        List<LeadWriter.Outcome> again = importRows(
                Lead.builder().name("王芳").phone("+86 13812345678").notes("回访").build(),
                Lead.builder().name(" bob ").company("ACME").notes("met at fair").build());
        assertThat(again).containsExactly(LeadWriter.Outcome.UPDATED, LeadWriter.Outcome.UPDATED);
        assertThat(leads()).hasSize(2);
    }

    @Test
    void twoPeopleSharingASwitchboardPhoneStayTwoLeads() {
        List<LeadWriter.Outcome> outcomes = importRows(
                Lead.builder().name("Ann").email("ann@acme.com").phone("+1 415 555 0100").build(),
                Lead.builder().name("Ben").email("ben@acme.com").phone("+1 415 555 0100").build());
        assertThat(outcomes).containsExactly(LeadWriter.Outcome.NEW, LeadWriter.Outcome.NEW);
        assertThat(leads()).extracting(Lead::name).containsExactly("Ann", "Ben");
    }

    @Test
    void peopleWithDifferentNamesSharingASwitchboardStayApartWithoutEmails() {
        List<LeadWriter.Outcome> first = importRows(
                Lead.builder().name("Alice").company("Acme").phone("010-88886666").build(),
                Lead.builder().name("Bob").company("Acme").phone("010-88886666").build(),
                Lead.builder().name("Carol").company("Beta").phone("010 8888 6666").build());
        assertThat(first).containsOnly(LeadWriter.Outcome.NEW);
        List<LeadWriter.Outcome> again = importRows(
                Lead.builder().name("Carol").company("Beta").phone("+86 10 8888 6666").notes("new format").build(),
                Lead.builder().name("BOB").company("Acme").phone("0086 10 88886666").build(),
                Lead.builder().company("Acme").phone("01088886666").notes("no name: the first of them").build());
        assertThat(again).containsOnly(LeadWriter.Outcome.UPDATED);
        assertThat(leads()).extracting(Lead::name, Lead::notes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alice", "no name: the first of them"),
                org.assertj.core.groups.Tuple.tuple("BOB", ""),
                org.assertj.core.groups.Tuple.tuple("Carol", "new format"));
    }

    @Test
    void leadsWithOnlyANameOrOnlyACompanyDoNotDuplicateOnReimport() {
        Lead[] sheet = {Lead.builder().name("Ann Lee").needStated("high").build(),
                Lead.builder().company("Globex").build(), Lead.builder().name("王芳").build()};
        assertThat(importRows(sheet)).containsOnly(LeadWriter.Outcome.NEW);
        assertThat(importRows(sheet)).containsOnly(LeadWriter.Outcome.UNCHANGED);
        assertThat(leads()).hasSize(3);
        // A name alone is a person's name, not a company's.
        assertThat(importRows(Lead.builder().company("Ann Lee").build())).containsExactly(LeadWriter.Outcome.NEW);
    }

    @Test
    void aNameAloneNeverMergesPeopleItCannotTellApart() {
        importRows(Lead.builder().name("Wang Wei").email("wei1@a.cn").build(),
                Lead.builder().name("Wang Wei").email("wei2@b.cn").build(),
                Lead.builder().name("Li Na").phone("13900001111").build());
        // A row with an email or phone of its own is never matched on its name alone.
        assertThat(importRows(Lead.builder().name("Wang Wei").email("wei3@c.cn").build(),
                Lead.builder().name("Li Na").phone("13700002222").build()))
                .containsExactly(LeadWriter.Outcome.NEW, LeadWriter.Outcome.NEW);
        // A bare "Wang Wei" could be any of three: a lead of its own, found again on the next import.
        assertThat(importRows(Lead.builder().name("Wang Wei").notes("bare").build()))
                .containsExactly(LeadWriter.Outcome.NEW);
        assertThat(importRows(Lead.builder().name("Wang Wei").notes("bare again").build()))
                .containsExactly(LeadWriter.Outcome.UPDATED);
        assertThat(leads()).hasSize(6);
        // The one person of a name is that name's lead.
        assertThat(importRows(Lead.builder().name("Zhao Lei").email("zl@x.cn").build(),
                Lead.builder().name("Zhao Lei").needStated("urgent").build()))
                .containsExactly(LeadWriter.Outcome.NEW, LeadWriter.Outcome.DUPLICATE);
    }

    @Test
    void aRowRepeatingALeadOfTheSameImportIsADuplicateNotAnUpdate() {
        assertThat(importRows(Lead.builder().name("Ann").email("ann@x.com").build(),
                Lead.builder().name("Ann").email("ANN@x.com").needStated("urgent").build()))
                .containsExactly(LeadWriter.Outcome.NEW, LeadWriter.Outcome.DUPLICATE);
        assertThat(importRows(Lead.builder().name("Ann").email("ann@x.com").build(),
                Lead.builder().name("Ann").email("ann@x.com").build()))
                .containsExactly(LeadWriter.Outcome.UPDATED, LeadWriter.Outcome.DUPLICATE);
        assertThat(leads()).singleElement().satisfies(l -> assertThat(l.needStated()).isEqualTo("urgent"));
    }

    @Test
    void aRecordIdIsTheFirstKeyAndARowWithOnlyARecordIdIsALead() {
        importRows(Lead.builder().externalId("00Q5e00001").build());
        List<LeadWriter.Outcome> again = importRows(
                Lead.builder().externalId("00Q5e00001").name("Carla Diaz").email("carla@x.io").build());
        assertThat(again).containsExactly(LeadWriter.Outcome.UPDATED);
        assertThat(leads()).singleElement().satisfies(l -> assertThat(l.name()).isEqualTo("Carla Diaz"));
    }

    @Test
    void reimportKeepsTheSalespersonsStageNotesAndCallLogAndBlankCellsEraseNothing() {
        importRows(Lead.builder().name("Ann").email("ann@x.com").region("West").needStated("high")
                .putExtra("WeChat", "ann_w").build());
        long id = leads().get(0).id();
        db.write(c -> {
            LeadStore.setStage(c, id, Stage.PROPOSAL, Instant.now());
            LeadStore.setUserNotes(c, id, "prefers mornings", Instant.now());
            CallLog.add(c, new CallLogEntry(0, id, Instant.now(), CallOutcome.REACHED, null, "good call"));
            return null;
        });
        importRows(Lead.builder().name("Ann").email("ann@x.com").needStated("urgent").putExtra("Fax", "123").build());
        Lead after = leads().get(0);
        assertThat(after.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(after.userNotes()).isEqualTo("prefers mornings");
        assertThat(after.region()).isEqualTo("West");
        assertThat(after.needStated()).isEqualTo("urgent");
        assertThat(after.extra()).containsEntry("WeChat", "ann_w").containsEntry("Fax", "123");
        List<CallLogEntry> calls = db.read(c -> CallLog.of(c, id));
        assertThat(calls).hasSize(1);
    }

    @Test
    void undoingAnImportRemovesItsNewLeadsAndRestoresUpdatedOnes() {
        importRows(Lead.builder().name("Ann").email("ann@x.com").needStated("low").putExtra("WeChat", "a1").build());
        long annId = leads().get(0).id();
        db.write(c -> {
            LeadStore.setStage(c, annId, Stage.CONTACTED, Instant.now());
            return null;
        });
        importRows(Lead.builder().name("Ann").email("ann@x.com").needStated("urgent").putExtra("WeChat", "a2").build(),
                Lead.builder().name("Newcomer").email("new@x.com").build());
        assertThat(leads()).hasSize(2);

        Optional<ImportBatch> undone = db.write(c -> ImportBatches.undoLatest(c, Instant.now()));

        assertThat(undone).hasValueSatisfying(b -> assertThat(b.isUndone()).isTrue());
        assertThat(leads()).singleElement().satisfies(l -> {
            assertThat(l.needStated()).isEqualTo("low");
            assertThat(l.extra()).containsEntry("WeChat", "a1");
            assertThat(l.stage()).isEqualTo(Stage.CONTACTED);
        });
        // the next undo takes back the first import
        db.write(c -> ImportBatches.undoLatest(c, Instant.now()));
        assertThat(leads()).isEmpty();
        Optional<ImportBatch> nothingLeft = db.write(c -> ImportBatches.undoLatest(c, Instant.now()));
        assertThat(nothingLeft).isEmpty();
    }

    @Test
    void pendingNeedScalesSettleAtTheEndOfTheImport() {
        db.write(c -> {
            long batch = ImportBatches.start(c, "s.xlsx", "Sheet1", Instant.now(), AS_OF);
            try (LeadWriter w = new LeadWriter(c, batch, Instant.now())) {
                mergeAll(w, List.of(Lead.builder().name("A").needStated("4").needScale(LeadWriter.SCALE_PENDING).build(),
                        Lead.builder().name("B").needStated("high").build()));
                w.settleNeedScale(5);
            }
            return null;
        });
        assertThat(leads()).extracting(Lead::needScale).containsExactly(5, null);
    }

    @Test
    void queuedInsertsAreSeenByLaterRowsAndAllReachTheDatabaseWithTheirExtraFields() {
        // more rows than one insert batch, with repeats of queued and of already flushed leads
        List<Lead> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            rows.add(Lead.builder().name("Lead " + i).email("lead" + i + "@x.com")
                    .extra(java.util.Map.of("Fax", "fax " + i)).build());
            if (i % 100 == 99) {
                rows.add(Lead.builder().name("Lead " + i).email("LEAD" + i + "@x.com ").needStated("urgent").build());
                rows.add(Lead.builder().name("Lead " + (i - 90)).email("lead" + (i - 90) + "@x.com").build());
            }
        }
        List<LeadWriter.Outcome> outcomes = importRows(rows.toArray(Lead[]::new));
        assertThat(outcomes.stream().filter(o -> o == LeadWriter.Outcome.NEW)).hasSize(700);
        assertThat(outcomes.stream().filter(o -> o == LeadWriter.Outcome.DUPLICATE)).hasSize(14);
        List<Lead> stored = leads();
        assertThat(stored).hasSize(700);
        assertThat(stored).allSatisfy(l -> assertThat(l.extra()).containsEntry("Fax", "fax " + l.name().substring(5)));
        assertThat(stored).filteredOn(l -> l.needStated().equals("urgent")).hasSize(7);
    }

    @Test
    void aRowSeesWhatAnEarlierRowOfItsBatchChangedNotWhatTheBatchFetched() {
        importRows(Lead.builder().externalId("X1").name("Ann").email("ann@x.com").build(),
                Lead.builder().name("Cy").email("cy@x.com").build());
        // one announced batch: Cy's row fetches every email of the batch (Ann's old one too), then Ann's record id
        // moves her to a new address, so the old address belongs to nobody when the third row asks for it
        List<LeadWriter.Outcome> outcomes = importRows(Lead.builder().name("Cy").email("cy@x.com").notes("n").build(),
                Lead.builder().externalId("X1").name("Ann").email("ann@y.com").build(),
                Lead.builder().name("Ann").email("ann@x.com").build());
        assertThat(outcomes).containsExactly(LeadWriter.Outcome.UPDATED, LeadWriter.Outcome.UPDATED,
                LeadWriter.Outcome.NEW);
        assertThat(leads()).extracting(Lead::email).containsExactly("ann@y.com", "cy@x.com", "ann@x.com");
    }

    @Test
    void aRowThatChangesNothingWritesNothingYetALaterRowOfTheSameLeadIsStillUndoable() {
        importRows(Lead.builder().name("Ann").email("ann@x.com").needStated("low").build(),
                Lead.builder().name("Bo").email("bo@x.com").needStated("low").build());
        Lead before = leads().get(0);
        // the same sheet again: both leads found, nothing to write
        assertThat(importRows(Lead.builder().name("Ann").email("ann@x.com").needStated("low").build(),
                Lead.builder().name("Bo").email("bo@x.com").build()))
                .containsExactly(LeadWriter.Outcome.UNCHANGED, LeadWriter.Outcome.UNCHANGED);
        assertThat(leads().get(0).updatedAt()).isEqualTo(before.updatedAt());
        assertThat(leads().get(0).batchId()).isEqualTo(before.batchId());
        // found unchanged by one row, then changed by a later row of the same import: a repeat that is undone
        assertThat(importRows(Lead.builder().name("Ann").email("ann@x.com").build(),
                Lead.builder().name("Ann").email("ANN@x.com").needStated("urgent").build()))
                .containsExactly(LeadWriter.Outcome.UNCHANGED, LeadWriter.Outcome.UPDATED);
        assertThat(leads().get(0).needStated()).isEqualTo("urgent");
        db.write(c -> ImportBatches.undoLatest(c, Instant.now()));
        assertThat(leads().get(0).needStated()).isEqualTo("low");
        assertThat(leads().get(0).updatedAt()).isEqualTo(before.updatedAt());
    }

    @Test
    void differentRecordIdsAreNeverMergedWhateverElseTheyShare() {
        assertThat(importRows(Lead.builder().externalId("00Q1").name("Ann Lee").email("ann@x.com").build(),
                Lead.builder().externalId("00Q2").name("Ann Lee").email("ann@x.com").phone("5550100").build()))
                .containsExactly(LeadWriter.Outcome.NEW, LeadWriter.Outcome.NEW);
        // a row without an id still finds its person by email, and a re-import by id finds each
        assertThat(importRows(Lead.builder().name("Ann Lee").email("ann@x.com").notes("no id").build(),
                Lead.builder().externalId("00Q2").name("Ann Lee").email("ann@x.com").phone("5550100").build()))
                .containsExactly(LeadWriter.Outcome.UPDATED, LeadWriter.Outcome.UNCHANGED);
        assertThat(leads()).hasSize(2);
    }

    @Test
    void anAddressSharedByDifferentPeopleOfASheetJoinsNobody() {
        List<Lead> rows = new java.util.ArrayList<>();
        for (String name : List.of("Grace Hopper", "Alan Turing", "Ada Lovelace", "Katherine Johnson")) {
            rows.add(Lead.builder().name(name).email("email_not_unlocked@domain.com").build());
        }
        // a row with no name of its own would otherwise join the first of them
        rows.add(Lead.builder().email("email_not_unlocked@domain.com").company("Orbit Labs").build());
        List<LeadWriter.Outcome> outcomes = db.write(c -> {
            long batch = ImportBatches.start(c, "apollo.csv", "Sheet1", Instant.now(), AS_OF);
            try (LeadWriter w = new LeadWriter(c, batch, Instant.now())) {
                List<LeadWriter.Outcome> out = mergeAll(w, rows);
                assertThat(w.sharedKeys()).containsKey("email_not_unlocked@domain.com");
                return out;
            }
        });
        assertThat(outcomes).containsOnly(LeadWriter.Outcome.NEW);
        assertThat(leads()).hasSize(5);
    }

    @Test
    void keysTheSheetShowsOnSeveralPeopleAreNoKeysFromTheFirstRow() {
        importRows(Lead.builder().name("Ann").phone("010-88886666").build());
        List<LeadWriter.Outcome> outcomes = db.write(c -> {
            long batch = ImportBatches.start(c, "again.csv", "Sheet1", Instant.now(), AS_OF);
            try (LeadWriter w = new LeadWriter(c, batch, Instant.now())) {
                w.noKeys(List.of(), List.of(dev.hotlist.domain.LeadKeys.phone("010-88886666")));
                return mergeAll(w, List.of(Lead.builder().company("Acme").phone("010 8888 6666").build()));
            }
        });
        assertThat(outcomes).containsExactly(LeadWriter.Outcome.NEW);
    }

    @Test
    void aCompanyAloneNeverJoinsTwoRowsOfOneSheetButFindsItsLeadOnReimport() {
        Lead[] sheet = {Lead.builder().company("Globex").notes("first").build(),
                Lead.builder().company("Globex").notes("second").build()};
        assertThat(importRows(sheet)).containsExactly(LeadWriter.Outcome.NEW, LeadWriter.Outcome.NEW);
        assertThat(importRows(Lead.builder().company("Globex").notes("first").build())).doesNotContain(
                LeadWriter.Outcome.NEW);
        assertThat(leads()).hasSize(2);
    }

    @Test
    void outcomeAndDoNotCallAreSheetFieldsAnImportRefreshesAndUndoRestores() {
        importRows(Lead.builder().name("Ann").email("ann@x.com").build());
        long id = leads().get(0).id();
        db.write(c -> {
            LeadStore.setStage(c, id, Stage.PROPOSAL, Instant.now());
            return null;
        });
        importRows(Lead.builder().name("Ann").email("ann@x.com").outcome(dev.hotlist.domain.Outcome.WON)
                .closedOn(LocalDate.of(2026, 11, 20)).doNotCall(true).build());
        Lead won = leads().get(0);
        assertThat(won.outcome()).isEqualTo(dev.hotlist.domain.Outcome.WON);
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(won.doNotCall()).isTrue();
        assertThat(won.stage()).as("the user's own stage is never overwritten").isEqualTo(Stage.PROPOSAL);
        assertThat(won.isClosed()).isTrue();
        // a later sheet without those columns keeps them
        importRows(Lead.builder().name("Ann").email("ann@x.com").notes("later").build());
        assertThat(leads().get(0).outcome()).isEqualTo(dev.hotlist.domain.Outcome.WON);
        assertThat(leads().get(0).doNotCall()).isTrue();
        db.write(c -> ImportBatches.undoLatest(c, Instant.now()));
        db.write(c -> ImportBatches.undoLatest(c, Instant.now()));
        Lead before = leads().get(0);
        assertThat(before.outcome()).isNull();
        assertThat(before.closedOn()).isNull();
        assertThat(before.doNotCall()).isFalse();
    }

    @Test
    void aRowAsItWasIsUnchangedByItsPrintAndAnyEditSinceIsComparedAgain() {
        Lead row = Lead.builder().name("Ann Lee").email("ann@x.com").notes("met at the fair").needStated("4")
                .needScale(LeadWriter.SCALE_PENDING).putExtra("WeChat", "ann1").build();
        assertThat(importRows(row)).containsExactly(LeadWriter.Outcome.NEW);
        assertThat(importRows(row)).containsExactly(LeadWriter.Outcome.UNCHANGED);
        // a call moves the stage (and the version): the row is compared whole, and still changes nothing
        long id = leads().get(0).id();
        db.write(c -> {
            LeadStore.setStage(c, id, Stage.CONTACTED, Instant.now());
            return null;
        });
        assertThat(importRows(row)).containsExactly(LeadWriter.Outcome.UNCHANGED);
        assertThat(leads()).singleElement().satisfies(l -> assertThat(l.stage()).isEqualTo(Stage.CONTACTED));
        // an edit by hand since: the same row is a change again (the sheet's notes come back), never "unchanged"
        Lead stored = leads().get(0);
        boolean saved = db.write(c -> LeadEdits.save(c, stored.toBuilder().notes("typed by hand").build(), "me",
                Instant.now()));
        assertThat(saved).isTrue();
        assertThat(importRows(row)).containsExactly(LeadWriter.Outcome.UPDATED);
        assertThat(leads()).singleElement().satisfies(l -> assertThat(l.notes()).isEqualTo("met at the fair"));
        assertThat(importRows(row)).containsExactly(LeadWriter.Outcome.UNCHANGED);
        // the same person with one field changed is an update, whatever print the lead has
        assertThat(importRows(row.toBuilder().notes("asked for a quote").build()))
                .containsExactly(LeadWriter.Outcome.UPDATED);
        assertThat(leads()).singleElement().satisfies(l -> assertThat(l.notes()).isEqualTo("asked for a quote"));
    }

    @Test
    void aLeadWithoutAPrintIsComparedWholeThenStampedWithoutANewVersion() {
        Lead row = Lead.builder().name("Ben Wu").phone("+1 555 0100").company("Acme").build();
        importRows(row);
        // as a lead stored before schema 11 is
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE lead SET sheet_print = NULL, print_version = NULL");
            }
            return null;
        });
        long version = leads().get(0).version();
        assertThat(importRows(row)).containsExactly(LeadWriter.Outcome.UNCHANGED);
        List<Long> stamp = db.read(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT sheet_print, print_version, version FROM lead")) {
                rs.next();
                return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
        assertThat(stamp).containsExactly(SheetPrint.of(row), version, version);
        assertThat(importRows(row.toBuilder().company("Acme Ltd").build())).containsExactly(LeadWriter.Outcome.UPDATED);
    }

    private List<LeadWriter.Outcome> importRows(Lead... rows) {
        return db.write(c -> {
            long batch = ImportBatches.start(c, "test.xlsx", "Sheet1", Instant.now(), AS_OF);
            try (LeadWriter w = new LeadWriter(c, batch, Instant.now())) {
                return mergeAll(w, List.of(rows));
            }
        });
    }

    private List<Lead> leads() {
        return db.read(LeadStore::all);
    }
}
