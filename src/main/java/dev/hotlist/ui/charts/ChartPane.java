package dev.hotlist.ui.charts;

import dev.hotlist.domain.ActivitySummary;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Look": the quadrant chart of the current view (a click on a dot selects its lead), the counts per tier and per
 * stage of the view, and the day's summary (calls today, won this week).
 */
public final class ChartPane extends VBox {
    private final PipelineViewModel model;
    private final I18n i18n;
    private final Supplier<ScoringSettings> settings;
    private final QuadrantChart chart;
    private final FlowPane tiers = new FlowPane(6, 4);
    private final FlowPane stages = new FlowPane(6, 4);
    private final Label summary = new Label();

    public ChartPane(PipelineViewModel model, I18n i18n, Supplier<ScoringSettings> settings) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        this.settings = settings;
        setId("chartPane");
        setPadding(new Insets(12));
        chart = new QuadrantChart(i18n, model::select);
        VBox.setVgrow(chart, Priority.ALWAYS);
        summary.setId("activitySummary");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        tiers.setId("tierCounts");
        stages.setId("stageCounts");
        getChildren().addAll(heading("chart.title"), chart, heading("chart.tiers"), tiers, heading("chart.stages"),
                stages, heading("chart.today"), summary);
        model.rows().addListener((ListChangeListener<RankedLead>) c -> update());
        model.selectedProperty().addListener((obs, old, r) -> update());
        model.activityProperty().addListener((obs, old, a) -> update());
        update();
    }

    public QuadrantChart chart() {
        return chart;
    }

    private void update() {
        ScoringSettings s = settings.get();
        RankedLead selected = model.selectedProperty().get();
        chart.show(model.rows(), s.hotNeed(), s.hotTiming(), selected == null ? -1 : selected.lead().id());
        tiers.getChildren().clear();
        for (Tier t : Tier.values()) {
            long n = model.rows().stream().filter(r -> r.score().tier() == t).count();
            Label chip = new Label(i18n.t("tier." + t.name()) + " " + n);
            chip.getStyleClass().setAll("tier-chip", "tier-" + t.name().toLowerCase(Locale.ROOT));
            chip.setId("count-" + t.name());
            tiers.getChildren().add(chip);
        }
        stages.getChildren().clear();
        for (Stage st : Stage.values()) {
            Label l = new Label(i18n.t("stage." + st.name()) + " " + model.stageCount(st).get());
            l.getStyleClass().add("stage-count");
            l.setId("count-" + st.name());
            stages.getChildren().add(l);
        }
        ActivitySummary a = model.activityProperty().get();
        summary.setText(i18n.t("chart.summary", a.callsToday(), a.wonThisWeek()));
    }

    private Label heading(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("detail-heading");
        return l;
    }
}
