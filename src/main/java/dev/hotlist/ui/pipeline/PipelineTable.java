package dev.hotlist.ui.pipeline;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import dev.hotlist.ui.I18n;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The ranked leads as a table: rank, a coloured tier chip, the people, the scores and the top reasons. */
public final class PipelineTable extends TableView<RankedLead> {

    /**
     * @param summarize the strongest reasons of a score on one line, in a language (the service's words)
     */
    public PipelineTable(PipelineViewModel model, I18n i18n, BiFunction<LeadScore, Locale, String> summarize) {
        super(model.rows());
        setId("pipelineTable");
        getStyleClass().add("pipeline-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(""));

        TableColumn<RankedLead, Integer> rank = number(i18n.t("col.rank"), RankedLead::rank);
        rank.setMinWidth(40);
        rank.setPrefWidth(44);
        rank.setMaxWidth(60);
        TableColumn<RankedLead, Tier> tier = new TableColumn<>(i18n.t("col.tier"));
        tier.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score().tier()));
        tier.setCellFactory(c -> new TierCell(i18n));
        tier.setMinWidth(84);
        tier.setPrefWidth(100);
        tier.setMaxWidth(110);
        TableColumn<RankedLead, String> name = text(i18n.t("col.name"), r -> r.lead().displayName());
        name.setMinWidth(90);
        name.setPrefWidth(150);
        TableColumn<RankedLead, String> company = text(i18n.t("col.company"), r -> r.lead().company());
        company.setMinWidth(100);
        company.setPrefWidth(190);
        TableColumn<RankedLead, String> phone = text(i18n.t("col.phone"), r -> r.lead().doNotCall()
                ? i18n.t("col.doNotCallMark") + " " + r.lead().phone() : r.lead().phone());
        phone.setMinWidth(96);
        phone.setPrefWidth(130);
        TableColumn<RankedLead, Integer> need = number(i18n.t("col.need"), r -> r.score().needPoints());
        TableColumn<RankedLead, Integer> timing = number(i18n.t("col.timing"), r -> r.score().timingPoints());
        TableColumn<RankedLead, Integer> priority = number(i18n.t("col.priority"), r -> r.score().priorityPoints());
        TableColumn<RankedLead, String> buying = text(i18n.t("col.buying"), r -> buyingText(r, i18n));
        buying.setMinWidth(96);
        buying.setPrefWidth(170);
        TableColumn<RankedLead, String> stage = text(i18n.t("col.stage"), r -> i18n.t("stage." + r.lead().stage()));
        stage.setMinWidth(64);
        stage.setPrefWidth(90);
        TableColumn<RankedLead, String> owner = text(i18n.t("col.owner"), r -> r.lead().owner());
        owner.setMinWidth(60);
        owner.setPrefWidth(96);
        TableColumn<RankedLead, String> why = text(i18n.t("col.why"),
                r -> summarize.apply(r.score(), i18n.locale()));
        why.setMinWidth(120);
        why.setPrefWidth(420);
        getColumns().setAll(java.util.List.of(rank, tier, name, company, phone, need, timing, priority, buying,
                stage, owner, why));
    }

    static String buyingText(RankedLead r, I18n i18n) {
        Lead lead = r.lead();
        TimingState state = r.score().timingState();
        String when = lead.buyingDate() != null ? lead.buyingDate().toString()
                : lead.buyingStated().isBlank() ? i18n.t("buying.none") : lead.buyingStated();
        if (state == TimingState.OVERDUE) {
            return when + "  ⚠ " + i18n.t("buying.overdue");
        }
        return state == TimingState.STALE ? when + "  (" + i18n.t("buying.stale") + ")" : when;
    }

    private static TableColumn<RankedLead, String> text(String title, Function<RankedLead, String> value) {
        TableColumn<RankedLead, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }

    private static TableColumn<RankedLead, Integer> number(String title, Function<RankedLead, Integer> value) {
        TableColumn<RankedLead, Integer> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.getStyleClass().add("number");
        col.setMinWidth(58);
        col.setPrefWidth(64);
        col.setMaxWidth(80);
        return col;
    }

    /** A coloured chip per tier. */
    private static final class TierCell extends TableCell<RankedLead, Tier> {
        private final I18n i18n;

        TierCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Tier tier, boolean empty) {
            super.updateItem(tier, empty);
            if (empty || tier == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label chip = new Label(i18n.t("tier." + tier));
            chip.getStyleClass().setAll("tier-chip", "tier-" + tier.name().toLowerCase(Locale.ROOT));
            setGraphic(chip);
            setText(null);
        }
    }
}
