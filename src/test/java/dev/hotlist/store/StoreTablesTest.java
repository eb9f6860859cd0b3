package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.BuyingWindow;
import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.StoreException;
import dev.hotlist.domain.Tier;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared SQL of saved views, edits and claims, the call log, settings and saved column mappings, on a SQLite file
 * and on a PostgreSQL server: what is stored is what a second look at the database (another store on it) reads.
 */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class StoreTablesTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    @Parameter
    Store.Engine engine;
    @TempDir
    Path dir;
    Store db;

    @BeforeEach
    void open() {
        db = reopen();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Another store on the same database: it sees only what was committed. */
    private Store reopen() {
        return Stores.open(TeamServer.location(engine, dir, "hotlist.db").text(), true);
    }

    private long insert(Lead lead) {
        return db.write(c -> LeadStore.insert(c, lead, NOW));
    }

    private Lead stored(long id) {
        try (Store other = reopen()) {
            return other.read(c -> LeadStore.find(c, id)).orElseThrow();
        }
    }

    // ---- saved views ----

    private static LeadFilter everyFieldSet() {
        return new LeadFilter(Set.of(Tier.HOT, Tier.NURTURE), Set.of(Stage.CONTACTED, Stage.NEW), Set.of("SMB", "大客户"),
                Set.of("Partner"), Set.of("EMEA", "华东"), Set.of("Referral"), Set.of("ann"),
                Set.of(BuyingWindow.values()[0]), 10, 90, 20, 80, 30, "acme", true, true, true, true,
                Set.of("", "ann"));
    }

    @Test
    void aSavedViewReadsBackWithEveryCriterion() {
        SavedView saved = db.write(c -> SavedViews.save(c, "Mine", everyFieldSet(), NOW));
        assertThat(saved.id()).isPositive();
        assertThat(saved.name()).isEqualTo("Mine");
        try (Store other = reopen()) {
            assertThat(other.read(SavedViews::all)).containsExactly(new SavedView(saved.id(), "Mine", everyFieldSet()));
        }
    }

    @Test
    void aViewOfDefaultsReadsBackAsDefaultsAndViewsComeInNameOrder() {
        db.write(c -> SavedViews.save(c, "b", LeadFilter.all(), NOW));
        db.write(c -> SavedViews.save(c, "a", everyFieldSet(), NOW));
        List<SavedView> views = db.read(SavedViews::all);
        assertThat(views).extracting(SavedView::name).containsExactly("a", "b");
        assertThat(views.get(1).filter()).isEqualTo(LeadFilter.all());
        assertThat(views.get(0).filter()).isEqualTo(everyFieldSet());
    }

    @Test
    void savingUnderATakenNameReplacesThatView() {
        SavedView first = db.write(c -> SavedViews.save(c, "Mine", LeadFilter.all(), NOW));
        SavedView second = db.write(c -> SavedViews.save(c, "Mine", everyFieldSet(), NOW.plusSeconds(1)));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(db.read(SavedViews::all)).containsExactly(new SavedView(first.id(), "Mine", everyFieldSet()));
    }

    @Test
    void renamingToAFreeNameRenamesAndToATakenOneIsRefused() {
        SavedView a = db.write(c -> SavedViews.save(c, "A", LeadFilter.all(), NOW));
        SavedView b = db.write(c -> SavedViews.save(c, "B", everyFieldSet(), NOW));
        db.write(c -> {
            SavedViews.rename(c, a.id(), "  C  ", NOW);
            return null;
        });
        db.write(c -> {
            SavedViews.rename(c, b.id(), "B", NOW); // its own name is not taken by another view
            return null;
        });
        assertThatThrownBy(() -> db.write(c -> {
            SavedViews.rename(c, a.id(), " B ", NOW);
            return null;
        })).isInstanceOf(StoreException.class)
                .hasMessage("There is already a view called “B”; choose another name.");
        try (Store other = reopen()) {
            assertThat(other.read(SavedViews::all)).containsExactly(new SavedView(b.id(), "B", everyFieldSet()),
                    new SavedView(a.id(), "C", LeadFilter.all()));
        }
    }

    @Test
    void updatingAViewReplacesItsFilterOnlyAndDeletingRemovesOnlyIt() {
        SavedView a = db.write(c -> SavedViews.save(c, "A", LeadFilter.all(), NOW));
        SavedView b = db.write(c -> SavedViews.save(c, "B", LeadFilter.all(), NOW));
        db.write(c -> {
            SavedViews.update(c, a.id(), everyFieldSet(), NOW);
            return null;
        });
        try (Store other = reopen()) {
            assertThat(other.read(SavedViews::all)).containsExactly(new SavedView(a.id(), "A", everyFieldSet()),
                    new SavedView(b.id(), "B", LeadFilter.all()));
        }
        db.write(c -> {
            SavedViews.delete(c, a.id());
            return null;
        });
        try (Store other = reopen()) {
            assertThat(other.read(SavedViews::all)).containsExactly(new SavedView(b.id(), "B", LeadFilter.all()));
        }
    }

    @Test
    void aStoredFilterWithValuesThisVersionDoesNotKnowKeepsTheRest() {
        LeadFilter read = SavedViews.decode("tiers=HOT\u001fLUKEWARM_OLD\nneedMin=high\nneedMax=70\n"
                + "assignees=(unassigned)\u001fbob\nregions=\n");
        assertThat(read).isEqualTo(LeadFilter.all().toBuilder().tiers(Set.of(Tier.HOT)).need(0, 70)
                .assignees(Set.of("", "bob")).build());
        assertThat(SavedViews.decode("")).isEqualTo(LeadFilter.all());
    }

    // ---- edits and claims ----

    private static Lead lead(String name) {
        return Lead.builder().name(name).company("Acme").email(name.toLowerCase() + "@acme.com").needStated("high")
                .build();
    }

    @Test
    void anEditSavedFromTheCurrentVersionIsStoredWhole() {
        long id = insert(lead("Ann"));
        Lead before = stored(id);
        Lead edited = before.toBuilder().name("Ann Lee").phone("+1 415 555 0100").notes("sheet note")
                .stage(Stage.CONTACTED).userNotes("call after lunch").snoozedUntil(LocalDate.of(2026, 12, 9))
                .nextActionDate(LocalDate.of(2026, 12, 10)).build();
        assertThat(db.<Boolean>write(c -> LeadEdits.save(c, edited, "ann", NOW))).isTrue();
        Lead after = stored(id);
        assertThat(after.name()).isEqualTo("Ann Lee");
        assertThat(after.phone()).isEqualTo("+1 415 555 0100");
        assertThat(after.notes()).isEqualTo("sheet note");
        assertThat(after.email()).isEqualTo("ann@acme.com");
        assertThat(after.stage()).isEqualTo(Stage.CONTACTED);
        assertThat(after.userNotes()).isEqualTo("call after lunch");
        assertThat(after.snoozedUntil()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(after.nextActionDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedAt()).isEqualTo(NOW);
        assertThat(db.<java.util.Optional<String>>read(c -> LeadEdits.changedBy(c, id))).contains("ann");

        Lead cleared = after.toBuilder().snoozedUntil(null).nextActionDate(null).build();
        assertThat(db.<Boolean>write(c -> LeadEdits.save(c, cleared, "bob", NOW))).isTrue();
        assertThat(stored(id).snoozedUntil()).isNull();
        assertThat(stored(id).nextActionDate()).isNull();
        assertThat(db.<java.util.Optional<String>>read(c -> LeadEdits.changedBy(c, id))).contains("bob");
    }

    @Test
    void anEditMadeFromAnOlderVersionChangesNothing() {
        long id = insert(lead("Ann"));
        Lead v1 = stored(id);
        assertThat(db.<Boolean>write(c -> LeadEdits.save(c, v1.toBuilder().userNotes("first").build(), "ann", NOW))).isTrue();
        assertThat(db.<Boolean>write(c -> LeadEdits.save(c, v1.toBuilder().userNotes("stale").build(), "bob", NOW))).isFalse();
        Lead now = stored(id);
        assertThat(now.userNotes()).isEqualTo("first");
        assertThat(now.version()).isEqualTo(v1.version() + 1);
        assertThat(db.<java.util.Optional<String>>read(c -> LeadEdits.changedBy(c, id))).contains("ann");
        assertThat(db.<java.util.Optional<String>>read(c -> LeadEdits.changedBy(c, id + 1000))).isEmpty();
    }

    @Test
    void aLeadIsClaimedByOnePersonAndReleasedOnlyByThem() {
        long id = insert(lead("Ann"));
        long v = stored(id).version();
        assertThat(db.<Boolean>write(c -> LeadEdits.claim(c, id, "ann", NOW))).isTrue();
        assertThat(stored(id).assignee()).isEqualTo("ann");
        assertThat(stored(id).version()).isEqualTo(v + 1);
        assertThat(db.<Boolean>write(c -> LeadEdits.claim(c, id, "ann", NOW))).isTrue(); // already theirs
        assertThat(db.<Boolean>write(c -> LeadEdits.claim(c, id, "bob", NOW))).isFalse();
        assertThat(db.<Boolean>write(c -> LeadEdits.release(c, id, "bob", NOW))).isFalse();
        assertThat(stored(id).assignee()).isEqualTo("ann");
        assertThat(stored(id).version()).isEqualTo(v + 2);
        assertThat(db.<Boolean>write(c -> LeadEdits.release(c, id, "ann", NOW.plusSeconds(5)))).isTrue();
        Lead released = stored(id);
        assertThat(released.assignee()).isEmpty();
        assertThat(released.version()).isEqualTo(v + 3);
        assertThat(released.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(db.<java.util.Optional<String>>read(c -> LeadEdits.changedBy(c, id))).contains("ann");
        assertThat(db.<Boolean>write(c -> LeadEdits.claim(c, id, "bob", NOW))).isTrue();
        assertThat(stored(id).assignee()).isEqualTo("bob");
        assertThat(db.<java.util.Optional<String>>read(c -> LeadEdits.changedBy(c, id))).contains("bob");
    }

    @Test
    void theDaySettersStoreTheirDay() {
        long id = insert(lead("Ann"));
        db.write(c -> {
            LeadStore.setSnoozedUntil(c, id, LocalDate.of(2027, 1, 5), NOW);
            LeadStore.setNextAction(c, id, LocalDate.of(2027, 1, 6), NOW);
            return null;
        });
        assertThat(stored(id).snoozedUntil()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(stored(id).nextActionDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(db.read(LeadStore::count)).isEqualTo(1);
        assertThat(db.<java.util.Optional<Lead>>read(c -> LeadStore.find(c, id + 1))).isEmpty();
    }

    @Test
    void aLeadKeepsItsImportBatchAndOnlyAPositiveNeedScale() {
        long typed = insert(lead("Ann"));
        long batch = db.write(c -> ImportBatches.start(c, "a.xlsx", "Sheet1", NOW, LocalDate.of(2026, 12, 2)));
        long imported = db.write(c -> {
            try (LeadWriter w = new LeadWriter(c, batch, NOW)) {
                w.merge(lead("Ben").toBuilder().needStated("4").needScale(10).build());
            }
            return LeadStore.all(c).stream().filter(l -> l.name().equals("Ben")).findFirst().orElseThrow().id();
        });
        assertThat(stored(typed).batchId()).isNull();
        assertThat(stored(imported).batchId()).isEqualTo(batch);
        assertThat(stored(imported).needScale()).isEqualTo(10);
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE lead SET need_scale = 0 WHERE id = " + imported);
            }
            return null;
        });
        assertThat(stored(imported).needScale()).as("0 is no scale").isNull();
        assertThat(db.read(LeadStore::all)).filteredOn(l -> l.id() == imported).singleElement()
                .satisfies(l -> assertThat(l.needScale()).isNull());
    }

    private long importBatch(String file, Lead... rows) {
        return db.write(c -> {
            long batch = ImportBatches.start(c, file, "Sheet1", NOW, LocalDate.of(2026, 12, 2));
            int added = 0;
            int updated = 0;
            try (LeadWriter w = new LeadWriter(c, batch, NOW)) {
                for (Lead row : rows) {
                    if (w.merge(row) == LeadWriter.Outcome.NEW) {
                        added++;
                    } else {
                        updated++;
                    }
                }
            }
            ImportBatches.finish(c, batch, added, updated, 3);
            return batch;
        });
    }

    private long rowsOf(String table, long batch) {
        return db.read(c -> Database.longQuery(c, "SELECT count(*) FROM " + table + " WHERE batch_id = " + batch));
    }

    @Test
    void importsAreListedNewestFirstWithTheirCountsAndUndoneNewestFirst() {
        long first = importBatch("a.xlsx", lead("Ann"), lead("Ben"));
        long second = importBatch("b.csv", lead("Ann").toBuilder().notes("again").build(), lead("Cat"));
        assertThat(db.read(ImportBatches::all)).extracting(b -> b.id(), b -> b.fileName(), b -> b.newCount(),
                b -> b.updatedCount(), b -> b.skippedCount(), b -> b.isUndone()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(second, "b.csv", 1, 1, 3, false),
                org.assertj.core.groups.Tuple.tuple(first, "a.xlsx", 2, 0, 3, false));
        assertThat(rowsOf("lead_before", second)).isPositive();

        var undone = db.write(c -> ImportBatches.undoLatest(c, NOW.plusSeconds(60)));
        assertThat(undone).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(second);
            assertThat(b.undoneAt()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThat(db.read(LeadStore::all)).extracting(Lead::name, Lead::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", ""),
                        org.assertj.core.groups.Tuple.tuple("Ben", ""));
        assertThat(rowsOf("lead_before", second)).isZero();
        assertThat(rowsOf("lead_extra_before", second)).isZero();
        assertThat(rowsOf("import_change", second)).isZero();

        assertThat(db.<java.util.Optional<dev.hotlist.domain.ImportBatch>>write(c -> ImportBatches.undoLatest(c, NOW.plusSeconds(120))))
                .hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(first));
        assertThat(db.read(LeadStore::count)).isZero();
        assertThat(db.<java.util.Optional<dev.hotlist.domain.ImportBatch>>write(c -> ImportBatches.undoLatest(c, NOW.plusSeconds(180)))).isEmpty();
    }

    // ---- the call log ----

    private CallLogEntry call(long lead, Instant at, CallOutcome outcome, String note) {
        return db.write(c -> CallLog.add(c, new CallLogEntry(0, lead, at, outcome, null, note)));
    }

    @Test
    void callsReadBackNewestFirstAndARetractedCallIsLeftOutButKept() {
        long ann = insert(lead("Ann"));
        CallLogEntry first = call(ann, NOW, CallOutcome.NO_ANSWER, "no one");
        CallLogEntry back = db.write(c -> CallLog.add(c, new CallLogEntry(0, ann, NOW.plusSeconds(60),
                CallOutcome.CALL_BACK, LocalDate.of(2026, 12, 3), "tomorrow")));
        assertThat(first.id()).isPositive();
        assertThat(back.id()).isGreaterThan(first.id());
        try (Store other = reopen()) {
            assertThat(other.<List<CallLogEntry>>read(c -> CallLog.of(c, ann))).containsExactly(back, first);
            assertThat(other.read(CallLog::latestByLead)).containsExactlyEntriesOf(Map.of(ann, back));
        }
        assertThat(db.<Boolean>write(c -> CallLog.retract(c, back.id(), NOW.plusSeconds(90)))).isTrue();
        assertThat(db.<Boolean>write(c -> CallLog.retract(c, back.id(), NOW.plusSeconds(95)))).isFalse();
        try (Store other = reopen()) {
            assertThat(other.<List<CallLogEntry>>read(c -> CallLog.of(c, ann))).containsExactly(first);
            assertThat(other.read(CallLog::latestByLead)).containsExactlyEntriesOf(Map.of(ann, first));
            assertThat(other.<Integer>read(c -> CallLog.countSince(c, NOW, null))).isEqualTo(1);
            assertThat(other.read(CallLog::count)).isEqualTo(2); // the retracted row stays in the log
        }
    }

    @Test
    void callsAreCountedFromTheirMomentOnAndByOutcome() {
        long ann = insert(lead("Ann"));
        long ben = insert(lead("Ben"));
        call(ann, NOW.minusSeconds(1), CallOutcome.REACHED, "");
        call(ann, NOW, CallOutcome.REACHED, "");
        call(ben, NOW.plusSeconds(3600), CallOutcome.NO_ANSWER, "");
        call(ben, NOW.plusSeconds(7200), CallOutcome.REACHED, "");
        assertThat(db.<Integer>read(c -> CallLog.countSince(c, NOW, null))).isEqualTo(3);
        assertThat(db.<Integer>read(c -> CallLog.countSince(c, NOW, CallOutcome.REACHED))).isEqualTo(2);
        assertThat(db.<Integer>read(c -> CallLog.countSince(c, NOW, CallOutcome.WON))).isZero();
        assertThat(db.<Integer>read(c -> CallLog.countSince(c, NOW.plusSeconds(7201), null))).isZero();
        assertThat(db.read(CallLog::latestByLead)).hasSize(2)
                .hasEntrySatisfying(ann, e -> assertThat(e.at()).isEqualTo(NOW))
                .hasEntrySatisfying(ben, e -> assertThat(e.at()).isEqualTo(NOW.plusSeconds(7200)));
        assertThat(db.read(CallLog::count)).isEqualTo(4);
    }

    @Test
    void aClosingCallDatesItsLeadsOutcome() {
        long ann = insert(lead("Ann"));
        long ben = insert(lead("Ben"));
        long cat = insert(lead("Cat"));
        call(ann, NOW, CallOutcome.LOST, "");
        call(ann, NOW.plusSeconds(10), CallOutcome.WON, "");
        call(ann, NOW.plusSeconds(20), CallOutcome.REACHED, "");
        call(ben, NOW.plusSeconds(30), CallOutcome.NOT_INTERESTED, "");
        call(cat, NOW.plusSeconds(40), CallOutcome.NO_ANSWER, "");
        assertThat(db.read(CallLog::closingTimes)).containsExactlyInAnyOrderEntriesOf(
                Map.of(ann, NOW.plusSeconds(10), ben, NOW.plusSeconds(30)));
        assertThat(db.<List<CallLogEntry>>read(c -> CallLog.of(c, cat))).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(CallOutcome.NO_ANSWER));
    }

    // ---- settings ----

    private static final ScoringSettings CHANGED = new ScoringSettings(0.6, 65, 80, 45, 2.5, 5, 90);

    @Test
    void scoringSettingsAreTheDefaultsUntilSavedAndThenWhatWasSaved() {
        assertThat(db.read(Settings::scoring)).isEqualTo(ScoringSettings.defaults());
        db.write(c -> {
            Settings.saveScoring(c, CHANGED);
            return null;
        });
        try (Store other = reopen()) {
            assertThat(other.read(Settings::scoring)).isEqualTo(CHANGED);
            assertThat(other.<java.util.Optional<String>>read(c -> Settings.get(c, "scoring.hotNeed"))).contains("65");
        }
    }

    @Test
    void valuesEditedByHandFallBackToTheirDefaults() {
        db.write(c -> {
            Settings.put(c, "scoring.hotNeed", "sixty");
            Settings.put(c, "scoring.hotTiming", "81");
            return null;
        });
        ScoringSettings d = ScoringSettings.defaults();
        assertThat(db.read(Settings::scoring)).isEqualTo(new ScoringSettings(d.needWeight(), d.hotNeed(), 81,
                d.timingMidpointDays(), d.timingSteepness(), d.overdueGraceDays(), d.staleAfterDays()));
        db.write(c -> {
            Settings.put(c, "scoring.needWeight", "7"); // out of range: no valid settings, so all defaults
            return null;
        });
        assertThat(db.read(Settings::scoring)).isEqualTo(d);
    }

    @Test
    void anUpdateSavesOnlyWhatTheFormChangedAndKeepsOthersNewerValues() {
        ScoringSettings d = ScoringSettings.defaults();
        db.write(c -> {
            Settings.saveScoring(c, d);
            Settings.put(c, "scoring.hotTiming", "80"); // someone else, after the form opened
            return null;
        });
        ScoringSettings form = new ScoringSettings(d.needWeight(), 66, d.hotTiming(), d.timingMidpointDays(),
                d.timingSteepness(), d.overdueGraceDays(), d.staleAfterDays());
        ScoringSettings result = db.write(c -> Settings.updateScoring(c, d, form));
        ScoringSettings expected = new ScoringSettings(d.needWeight(), 66, 80, d.timingMidpointDays(),
                d.timingSteepness(), d.overdueGraceDays(), d.staleAfterDays());
        assertThat(result).isEqualTo(expected);
        try (Store other = reopen()) {
            assertThat(other.read(Settings::scoring)).isEqualTo(expected);
        }
    }

    @Test
    void anUpdateThatWouldClashWithOthersValuesIsSavedWhole() {
        ScoringSettings d = ScoringSettings.defaults();
        db.write(c -> {
            Settings.saveScoring(c, d);
            Settings.put(c, "scoring.staleAfterDays", "10"); // someone else: stale after 10 days
            return null;
        });
        // the form moves the grace period to 20 days, past the other's stale limit: the form's settings win whole
        ScoringSettings form = new ScoringSettings(d.needWeight(), d.hotNeed(), d.hotTiming(), d.timingMidpointDays(),
                d.timingSteepness(), 20, d.staleAfterDays());
        assertThat(db.<ScoringSettings>write(c -> Settings.updateScoring(c, d, form))).isEqualTo(form);
        try (Store other = reopen()) {
            assertThat(other.read(Settings::scoring)).isEqualTo(form);
        }
    }

    @Test
    void aPreferenceIsEmptyUntilPutAndThenTheLastValue() {
        assertThat(db.<java.util.Optional<String>>read(c -> Settings.get(c, "ui.lastView"))).isEmpty();
        db.write(c -> {
            Settings.put(c, "ui.lastView", "Mine");
            Settings.put(c, "ui.lastView", "Hot today");
            return null;
        });
        try (Store other = reopen()) {
            assertThat(other.<java.util.Optional<String>>read(c -> Settings.get(c, "ui.lastView"))).contains("Hot today");
        }
    }

    // ---- saved column mappings ----

    @Test
    void aSavedMappingIsFoundByItsHeaderRowAndReplacedBySavingAgain() {
        assertThat(db.<java.util.Optional<Map<String, String>>>read(c -> ColumnMappings.find(c, "Name|Email"))).isEmpty();
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("姓名", "name");
        mapping.put("E-mail = work", "email");
        db.write(c -> {
            ColumnMappings.save(c, "姓名|E-mail", mapping, NOW);
            return null;
        });
        try (Store other = reopen()) {
            assertThat(other.<java.util.Optional<Map<String, String>>>read(c -> ColumnMappings.find(c, "姓名|E-mail"))).contains(mapping);
            assertThat(other.<java.util.Optional<Map<String, String>>>read(c -> ColumnMappings.find(c, "Name|Email"))).isEmpty();
        }
        db.write(c -> {
            ColumnMappings.save(c, "姓名|E-mail", Map.of("姓名", "company"), NOW.plusSeconds(1));
            return null;
        });
        assertThat(db.<java.util.Optional<Map<String, String>>>read(c -> ColumnMappings.find(c, "姓名|E-mail"))).contains(Map.of("姓名", "company"));
    }

    @Test
    void everySavedMappingIsListedNewestFirst() {
        db.write(c -> {
            ColumnMappings.save(c, "old", Map.of("A", "name"), NOW);
            ColumnMappings.save(c, "new", Map.of("B", "email"), NOW.plusSeconds(60));
            ColumnMappings.save(c, "mid", Map.of("C", "phone"), NOW.plusSeconds(30));
            return null;
        });
        Map<String, Map<String, String>> all = db.read(ColumnMappings::all);
        assertThat(all.keySet()).containsExactly("new", "mid", "old");
        assertThat(all).containsEntry("mid", Map.of("C", "phone"));
    }
}
