package dev.hotlist.ui.pipeline;

import static dev.hotlist.ui.testing.TypicalLeads.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.BuyingWindow;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.ui.testing.CurrentThreadTaskExecutor;
import dev.hotlist.ui.testing.FakeHotlist;
import dev.hotlist.ui.testing.TypicalLeads;
import dev.hotlist.ui.views.ViewsViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline's state without a window: an in-memory service, work run on the calling thread, a fixed clock. */
class PipelineViewModelTest {
    private final MutableClock clock = new MutableClock(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private FakeHotlist hotlist;
    private PipelineViewModel model;
    private ViewsViewModel views;

    @BeforeEach
    void open() {
        hotlist = new FakeHotlist(TypicalLeads.all(), clock);
        model = new PipelineViewModel(new CurrentThreadTaskExecutor(), clock);
        views = new ViewsViewModel(model, new CurrentThreadTaskExecutor());
        model.attach(hotlist);
        views.restoreLast();
    }

    @Test
    void todayIsTheDefaultViewAndShowsTheHotLeadsToCall() {
        assertThat(views.activeProperty().get().key()).isEqualTo("builtin:TODAY");
        assertThat(names()).containsExactly("Ann Hot", "Ben Hot", "Cara Hot", "Dan Hot", "Eve Hot");
        assertThat(model.loadingProperty().get()).isEqualTo(PipelineViewModel.Loading.READY);
        assertThat(model.tierCount(Tier.HOT).get()).isEqualTo(5);
    }

    @Test
    void everyFilterNarrowsTheListAndTheCountsFollow() {
        views.showNumber(3); // All open
        assertThat(model.rows()).hasSize(8);
        assertThat(filtered(f -> f.toBuilder().regions(Set.of("East")).build()))
                .containsExactly("Ann Hot", "Cara Hot", "Fay Later");
        assertThat(filtered(f -> f.toBuilder().regions(Set.of("East")).owners(Set.of("Li")).build()))
                .containsExactly("Cara Hot", "Fay Later");
        assertThat(filtered(f -> f.toBuilder().customerTypes(Set.of("contractor")).build()))
                .containsExactly("Ben Hot", "Gus Soon");
        assertThat(filtered(f -> f.toBuilder().sources(Set.of("cold list")).build())).containsExactly("Hal Looking");
        assertThat(filtered(f -> f.toBuilder().segments(Set.of("machinery")).build())).hasSize(7);
        assertThat(filtered(f -> f.toBuilder().windows(Set.of(BuyingWindow.LATER)).build()))
                .containsExactly("Fay Later");
        assertThat(filtered(f -> f.toBuilder().windows(Set.of(BuyingWindow.NO_DATE)).build()))
                .containsExactly("Hal Looking");
        assertThat(filtered(f -> f.toBuilder().need(0, 40).build())).doesNotContain("Ann Hot").contains("Hal Looking");
        assertThat(filtered(f -> f.toBuilder().timing(90, 100).build())).contains("Ann Hot").doesNotContain("Fay Later");
        assertThat(filtered(f -> f.toBuilder().text("555-0104").build())).as("phone by its digits")
                .containsExactly("Dan Hot");
        assertThat(filtered(f -> f.toBuilder().text("COLD LIST").build())).as("source").containsExactly("Hal Looking");
        assertThat(filtered(f -> f.withTiers(Set.of(Tier.SCHEDULE)))).containsExactly("Fay Later");
        assertThat(model.tierCount(Tier.HOT).get()).as("tier counts under the other criteria").isEqualTo(5);
        model.setFilter(LeadFilter.all().toBuilder().regions(Set.of("East")).build());
        assertThat(model.tierCount(Tier.HOT).get()).isEqualTo(2);
        assertThat(model.stageCount(Stage.NEW).get()).isEqualTo(3);
        assertThat(views.modifiedProperty().get()).isTrue();
    }

    @Test
    void logginOutcomesDownTheListMovesTheSelectionToTheNextLead() {
        model.select(TypicalLeads.ANN.id());
        CallOutcome[] outcomes = {CallOutcome.NO_ANSWER, CallOutcome.REACHED, CallOutcome.NO_ANSWER,
                CallOutcome.WON, CallOutcome.NOT_INTERESTED};
        for (CallOutcome outcome : outcomes) {
            model.log(outcome, null, "");
        }
        assertThat(hotlist.calls()).extracting(c -> c.leadId())
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(hotlist.calls()).extracting(c -> c.outcome()).containsExactly(outcomes);
    }

    @Test
    void aLeadThatLeavesTheListHandsTheSelectionToTheOneBelow() {
        model.select(TypicalLeads.BEN.id());
        model.log(CallOutcome.WON, null, "signed");
        assertThat(model.selectedProperty().get().lead().name()).isEqualTo("Cara Hot");
        assertThat(names()).doesNotContain("Ben Hot");
        model.undo();
        assertThat(names()).contains("Ben Hot");
        assertThat(model.selectedProperty().get().lead().name()).as("undo selects the lead it was done to")
                .isEqualTo("Ben Hot");
        assertThat(hotlist.calls()).isEmpty();
    }

    @Test
    void snoozeAndUnSnooze() {
        model.select(TypicalLeads.ANN.id());
        model.snooze(TODAY.plusDays(7));
        assertThat(names()).doesNotContain("Ann Hot");
        views.showNumber(4); // Snoozed
        assertThat(names()).containsExactly("Ann Hot");
        model.select(TypicalLeads.ANN.id());
        model.snooze(null);
        assertThat(names()).isEmpty();
    }

    @Test
    void editingTheBuyingDateMovesTheLead() {
        views.showNumber(3);
        assertThat(names().indexOf("Fay Later")).isGreaterThan(4);
        model.select(TypicalLeads.FAY.id());
        AtomicReference<Throwable> refused = new AtomicReference<>();
        model.edit(new LeadEdit(LeadEdit.Field.BUYING_TIME, "tomorrow"), () -> { }, refused::set);
        assertThat(refused.get()).isNull();
        assertThat(names().indexOf("Fay Later")).isLessThan(2);
        assertThat(model.selectedProperty().get().lead().name()).isEqualTo("Fay Later");
        assertThat(model.selectedProperty().get().score().tier()).isEqualTo(Tier.HOT);
        model.edit(new LeadEdit(LeadEdit.Field.BUYING_TIME, "whenever the moon is blue"), () -> { }, refused::set);
        assertThat(refused.get()).hasMessageContaining("not a date");
    }

    @Test
    void theDayFollowsTheClockAtMidnightUnlessPinned() {
        RankedLead ann = model.rows().get(0);
        clock.set(TODAY.plusDays(1).atTime(0, 0, 5).toInstant(ZoneOffset.UTC));
        model.tick();
        assertThat(model.asOfProperty().get()).isEqualTo(TODAY.plusDays(1));
        assertThat(model.rows().get(0).score().timing()).as("re-scored for the new day")
                .isNotEqualTo(ann.score().timing());
        model.showDay(TODAY.minusDays(3));
        clock.set(TODAY.plusDays(2).atTime(0, 0, 5).toInstant(ZoneOffset.UTC));
        model.tick();
        assertThat(model.asOfProperty().get()).as("a pinned day stays").isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void aChangeMadeElsewhereShowsUpOnTheNextTick() {
        hotlist.changeElsewhere(TypicalLeads.ANN.toBuilder().stage(Stage.LOST).build());
        assertThat(names()).contains("Ann Hot");
        model.tick();
        assertThat(names()).doesNotContain("Ann Hot");
    }

    @Test
    void aSavedViewIsRenamedUpdatedAndDeleted() {
        model.setFilter(LeadFilter.all().toBuilder().owners(Set.of("Wang")).build());
        views.saveAs("Wang's", v -> { });
        assertThat(views.activeProperty().get().key()).startsWith("saved:");
        assertThat(hotlist.preference("ui.lastView")).contains(views.activeProperty().get().key());
        var saved = (dev.hotlist.ui.views.ViewChoice.Saved) views.activeProperty().get();
        views.rename(saved, "Wang");
        assertThat(hotlist.views()).extracting(v -> v.name()).containsExactly("Wang");
        model.setFilter(model.filter().toBuilder().regions(Set.of("West")).build());
        assertThat(views.modifiedProperty().get()).isTrue();
        views.updateActive(() -> { });
        assertThat(views.modifiedProperty().get()).isFalse();
        assertThat(hotlist.views().get(0).filter().regions()).containsExactly("West");
        views.delete((dev.hotlist.ui.views.ViewChoice.Saved) views.activeProperty().get());
        assertThat(hotlist.views()).isEmpty();
        assertThat(views.activeProperty().get().key()).isEqualTo("builtin:TODAY");
    }

    private List<String> filtered(UnaryOperator<LeadFilter> how) {
        model.setFilter(how.apply(LeadFilter.all()));
        return names();
    }

    private List<String> names() {
        return model.rows().stream().map(r -> r.lead().name()).toList();
    }

    /** A clock a test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theRowsShownAtCloseComeBackFirstWhileTheWholeListIsStillBeingRanked() {
        model.rememberFirstRows();
        assertThat(hotlist.preference(PipelineViewModel.FIRST_ROWS_KEY)).isPresent();
        // the next start, with the work held back to be run in the order the window asks for it
        dev.hotlist.ui.testing.QueuedTaskExecutor later = new dev.hotlist.ui.testing.QueuedTaskExecutor();
        PipelineViewModel next = new PipelineViewModel(later, clock);
        next.attach(hotlist);
        assertThat(next.loadingProperty().get()).isEqualTo(PipelineViewModel.Loading.RANKING);
        later.runNext(); // the count
        later.runNext(); // last time's first rows, read by id
        assertThat(next.loadingProperty().get()).isEqualTo(PipelineViewModel.Loading.FIRST_ROWS);
        assertThat(next.rows()).extracting(r -> r.lead().name())
                .containsExactly("Ann Hot", "Ben Hot", "Cara Hot", "Dan Hot", "Eve Hot");
        // Ben was won meanwhile (another window): the whole ranking, when it comes, replaces the first rows
        hotlist.changeElsewhere(hotlist.lead(next.rows().get(1).lead().id()).orElseThrow().toBuilder()
                .stage(Stage.WON).build());
        later.runAll();
        assertThat(next.loadingProperty().get()).isEqualTo(PipelineViewModel.Loading.READY);
        assertThat(next.rows()).extracting(r -> r.lead().name()).doesNotContain("Ben Hot");
    }
}
