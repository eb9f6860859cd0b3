package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadEdit.Field;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.domain.EditOutcome;
import dev.hotlist.store.Store;
import dev.hotlist.store.Stores;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Editing, adding, undoing and the settings saved key by key, with a fixed clock, on a SQLite file and on a team's
 * PostgreSQL server alike: every edit goes through the version-checked save, and undo retracts calls on both.
 */
@ParameterizedClass
@EnumSource(Store.Engine.class)
class WorkingTheListTest {
    @Parameter
    Store.Engine engine;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private LocalHotlist hotlist;
    private Lead ann;

    @BeforeEach
    void open() {
        hotlist = TeamServer.open(engine, dir, "h.db", CLOCK);
        ann = hotlist.addLead(List.of(new LeadEdit(Field.NAME, "Ann Lee"), new LeadEdit(Field.PHONE, "555 0103"),
                new LeadEdit(Field.NEED, "urgent"), new LeadEdit(Field.BUYING_TIME, "next year")), TODAY);
        hotlist.addLead(List.of(new LeadEdit(Field.NAME, "Ben Hu"), new LeadEdit(Field.NEED, "high"),
                new LeadEdit(Field.BUYING_TIME, "in 3 weeks")), TODAY);
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    /** A second service on the same database: another window, the command line, a teammate. */
    private LocalHotlist other(String user) {
        return LocalHotlist.open(TeamServer.location(engine, dir, "h.db"), CLOCK, user);
    }

    private Lead edit(Lead shown, LeadEdit edit) {
        EditOutcome outcome = hotlist.editLead(shown, edit, TODAY);
        assertThat(outcome).isInstanceOf(EditOutcome.Saved.class);
        return ((EditOutcome.Saved) outcome).lead();
    }

    private Lead stored(Lead lead) {
        return hotlist.lead(lead.id()).orElseThrow();
    }

    @Test
    void aLeadAddedByHandIsStoredWithItsBuyingDateReadFromWords() {
        assertThat(ann.id()).isPositive();
        assertThat(ann.batchId()).isNull();
        assertThat(ann.buyingStated()).isEqualTo("next year");
        assertThat(ann.buyingDate()).isNotNull().hasYear(2027);
        assertThatThrownBy(() -> hotlist.addLead(List.of(new LeadEdit(Field.NEED, "high")), TODAY))
                .isInstanceOf(InvalidEditException.class).extracting(e -> ((InvalidEditException) e).key())
                .isEqualTo("edit.noIdentity");
    }

    @Test
    void editingTheBuyingDateMovesTheLeadUpTheList() {
        assertThat(names()).containsExactly("Ben Hu", "Ann Lee");
        Lead edited = edit(ann, new LeadEdit(Field.BUYING_TIME, "tomorrow"));
        assertThat(edited.buyingDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(edited.buyingStated()).isEqualTo("tomorrow");
        assertThat(names()).containsExactly("Ann Lee", "Ben Hu");
    }

    @Test
    void badValuesAreRefusedWithASentenceAndChangeNothing() {
        assertThatThrownBy(() -> hotlist.editLead(ann, new LeadEdit(Field.EMAIL, "ann at x"), TODAY))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("not an email address");
        assertThatThrownBy(() -> hotlist.editLead(ann, new LeadEdit(Field.PHONE, "call me"), TODAY))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("not a phone number");
        assertThatThrownBy(() -> hotlist.editLead(ann, new LeadEdit(Field.BUYING_TIME, "whenever the moon"),
                TODAY)).isInstanceOf(InvalidEditException.class).hasMessageContaining("not a date");
        assertThat(hotlist.lead(ann.id())).contains(ann);
        assertThat(edit(ann, new LeadEdit(Field.EMAIL, "ann@lee.example.com")).email())
                .isEqualTo("ann@lee.example.com");
    }

    @Test
    void anEditOfALeadSomeoneSavedMeanwhileIsAConflictNotAnOverwrite() {
        try (LocalHotlist ben = other("ben")) {
            Lead bens = ben.lead(ann.id()).orElseThrow();
            assertThat(ben.save(bens.toBuilder().stage(Stage.PROPOSAL).build()))
                    .isInstanceOf(EditOutcome.Saved.class);
        }
        // the buying date typed against the version shown before Ben's save
        EditOutcome outcome = hotlist.editLead(ann, new LeadEdit(Field.BUYING_TIME, "tomorrow"), TODAY);
        assertThat(outcome).isInstanceOfSatisfying(EditOutcome.Conflict.class, c -> {
            assertThat(c.changedBy()).isEqualTo("ben");
            assertThat(c.theirs().stage()).isEqualTo(Stage.PROPOSAL);
            assertThat(c.mine().buyingDate()).isEqualTo(TODAY.plusDays(1));
        });
        assertThat(stored(ann).buyingStated()).as("nothing overwritten").isEqualTo("next year");
        assertThat(stored(ann).stage()).isEqualTo(Stage.PROPOSAL);
        // typed again on the version now shown, it saves and re-ranks, Ben's stage kept
        Lead saved = edit(stored(ann), new LeadEdit(Field.BUYING_TIME, "tomorrow"));
        assertThat(saved.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(saved.buyingDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(names()).containsExactly("Ann Lee", "Ben Hu");
    }

    @Test
    void myNotesAreKeptApartFromTheSheetNotes() {
        Lead edited = edit(ann, new LeadEdit(Field.MY_NOTES, "prefers mornings"));
        assertThat(edited.userNotes()).isEqualTo("prefers mornings");
        assertThat(edited.notes()).isEmpty();
    }

    @Test
    void undoRetractsTheCallAndPutsTheStageAndSnoozeBack() throws Exception {
        hotlist.logCall(ann.id(), CallOutcome.CALL_BACK, TODAY.plusDays(3), "after the trade show");
        assertThat(hotlist.lead(ann.id()).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(3));
        hotlist.setStage(ann.id(), Stage.PROPOSAL);

        assertThat(hotlist.undoLastAction()).contains(new UndoneAction(UndoneAction.Kind.STAGE, ann.id(), "Ann Lee"));
        assertThat(hotlist.lead(ann.id()).orElseThrow().stage()).isEqualTo(Stage.CONTACTED);
        assertThat(hotlist.undoLastAction()).map(UndoneAction::kind).contains(UndoneAction.Kind.CALL);
        Lead back = hotlist.lead(ann.id()).orElseThrow();
        assertThat(back.stage()).isEqualTo(Stage.NEW);
        assertThat(back.snoozedUntil()).isNull();
        assertThat(back.nextActionDate()).isNull();
        assertThat(hotlist.callLog(ann.id())).isEmpty();
        // the retracted call is still in the database, marked
        try (Store store = Stores.open(TeamServer.location(engine, dir, "h.db").text(), false)) {
            List<String> rows = store.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT note, retracted_at FROM call_log")) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "|" + (rs.getString(2) != null));
                    }
                }
                return out;
            });
            assertThat(rows).containsExactly("after the trade show|true");
        }
        assertThat(hotlist.undoLastAction()).isEmpty();
    }

    @Test
    void aStageChangedThroughTheVersionCheckedSaveIsUndoneToo() {
        assertThat(hotlist.save(ann.toBuilder().stage(Stage.QUALIFIED).build())).isInstanceOf(EditOutcome.Saved.class);
        assertThat(hotlist.undoLastAction()).contains(new UndoneAction(UndoneAction.Kind.STAGE, ann.id(), "Ann Lee"));
        Lead back = stored(ann);
        assertThat(back.stage()).isEqualTo(Stage.NEW);
        assertThat(back.version()).as("the undo is a change like any other").isGreaterThan(ann.version() + 1);
    }

    @Test
    void undoRefusesWhenTheLeadWasChangedElsewhere() throws Exception {
        hotlist.snooze(ann.id(), TODAY.plusDays(7));
        try (LocalHotlist other = other("ben")) {
            other.setStage(ann.id(), Stage.QUALIFIED);
        }
        assertThatThrownBy(hotlist::undoLastAction).isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("changed meanwhile");
        assertThat(hotlist.lead(ann.id()).orElseThrow().stage()).isEqualTo(Stage.QUALIFIED);
        assertThat(hotlist.lead(ann.id()).orElseThrow().snoozedUntil()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void settingsSavedFromAFormKeepAChangeMadeMeanwhileByTheCommandLine() {
        ScoringSettings formStart = hotlist.settings();
        try (LocalHotlist cli = other("cli")) {
            ScoringSettings s = cli.settings();
            cli.updateSettings(s, new ScoringSettings(s.needWeight(), 80, s.hotTiming(), s.timingMidpointDays(),
                    s.timingSteepness(), s.overdueGraceDays(), s.staleAfterDays()));
        }
        assertThat(hotlist.settings().hotNeed()).as("the app sees the other process's change").isEqualTo(80);
        ScoringSettings formEnd = new ScoringSettings(0.6, formStart.hotNeed(), formStart.hotTiming(),
                formStart.timingMidpointDays(), formStart.timingSteepness(), formStart.overdueGraceDays(),
                formStart.staleAfterDays());
        ScoringSettings stored = hotlist.updateSettings(formStart, formEnd);
        assertThat(stored.needWeight()).isEqualTo(0.6);
        assertThat(stored.hotNeed()).isEqualTo(80);
        try (LocalHotlist reopened = other("me")) {
            assertThat(reopened.settings()).isEqualTo(stored);
        }
    }

    @Test
    void activityCountsTodaysCallsAndThisWeeksWins() {
        hotlist.logCall(ann.id(), CallOutcome.NO_ANSWER, null, "");
        RankedLead ben = hotlist.rank(LeadFilter.all(), TODAY).get(0);
        hotlist.logCall(ben.lead().id(), CallOutcome.WON, null, "");
        assertThat(hotlist.activity(TODAY)).satisfies(a -> {
            assertThat(a.callsToday()).isEqualTo(2);
            assertThat(a.wonThisWeek()).isEqualTo(1);
        });
        hotlist.undoLastAction();
        assertThat(hotlist.activity(TODAY).wonThisWeek()).isZero();
    }

    @Test
    void rankOnlyScoresTheGivenLeadsAsStoredAndLeavesOutTheGoneOnes() {
        Lead ben = hotlist.rank(LeadFilter.all(), TODAY).get(0).lead();
        edit(ann, new LeadEdit(Field.BUYING_TIME, "tomorrow"));
        List<RankedLead> first = hotlist.rankOnly(List.of(ben.id(), 987_654L, ann.id()), TODAY);
        assertThat(first).extracting(r -> r.lead().name()).containsExactly("Ann Lee", "Ben Hu");
        assertThat(first).extracting(RankedLead::rank).containsExactly(1, 2);
        assertThat(first.get(0).score().timingPoints()).isEqualTo(hotlist.rank(LeadFilter.all(), TODAY).get(0).score()
                .timingPoints());
    }

    private List<String> names() {
        return hotlist.rank(LeadFilter.all(), TODAY).stream().map(r -> r.lead().name()).toList();
    }
}
