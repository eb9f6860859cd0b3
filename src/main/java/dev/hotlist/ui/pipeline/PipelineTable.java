package dev.hotlist.ui.pipeline;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Tier;
import dev.hotlist.ui.I18n;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The ranked leads as a table, two lines a row: rank, a coloured tier chip over the priority, need over timing
 * (each a small bar with its number), the person over their company, phone, buying time in days ("in 2 days",
 * "overdue 3 days") over the date, next action, stage, owner, and the strongest reasons in full (all of them on
 * hover). At 1280 px the fixed columns never shrink below their content; name and Why share the rest. Every column has an id, so its width, place and
 * visibility are remembered; the table's menu button is the column chooser.
 */
public final class PipelineTable extends TableView<RankedLead> {
    /** Columns hidden until the user shows them (the name column already shows the company under the name). */
    static final Set<String> HIDDEN_AT_FIRST = Set.of("col-company", "col-owner", "col-next");

    /**
     * @param reasons every reason of a score worth reading, strongest first, in a language (the service's words)
     * @param asOf    the day the list is scored for, for "in 2 days"
     */
    public PipelineTable(PipelineViewModel model, I18n i18n, BiFunction<LeadScore, Locale, List<String>> reasons,
                         Supplier<LocalDate> asOf) {
        super(model.rows());
        setId("pipelineTable");
        getStyleClass().add("pipeline-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setTableMenuButtonVisible(true);
        setPlaceholder(new Label(""));

        TableColumn<RankedLead, RankedLead> rank = column("col-rank", i18n.t("col.rank"), 30, 28, r -> {
            Label l = new Label(Integer.toString(r.rank()));
            l.getStyleClass().add("rank");
            return l;
        });
        // two lines a row, like the name and company: the tier chip over the priority, need over timing
        TableColumn<RankedLead, RankedLead> tier = column("col-tier", i18n.t("col.priority"), 76, 76, r -> {
            Tier t = r.score().tier();
            Label chip = new Label(i18n.t("tier." + t.name()));
            chip.getStyleClass().setAll("tier-chip", "tier-" + t.name().toLowerCase(Locale.ROOT));
            chip.setMinWidth(Region.USE_PREF_SIZE);
            VBox both = new VBox(3, chip, bar(r.score().priorityPoints(), "bar-priority"));
            both.setAlignment(Pos.CENTER_LEFT);
            return both;
        });
        TableColumn<RankedLead, RankedLead> scores = column("col-scores", i18n.t("col.needTiming"), 112, 112, r -> {
            VBox both = new VBox(5, bar(r.score().needPoints(), "bar-need"),
                    bar(r.score().timingPoints(), "bar-timing"));
            both.setAlignment(Pos.CENTER_LEFT);
            return both;
        });
        TableColumn<RankedLead, RankedLead> name = column("col-name", i18n.t("col.name"), 150, 124,
                r -> {
                    String company = r.lead().displayName().equals(r.lead().company()) ? "" : r.lead().company();
                    VBox both = twoLines(r.lead().displayName(), company, "name");
                    // a long company is cut in a narrow column: the whole of it on hover
                    Tooltip.install(both, new Tooltip(company.isBlank() ? r.lead().displayName()
                            : r.lead().displayName() + "\n" + company));
                    return both;
                });
        TableColumn<RankedLead, RankedLead> company = column("col-company", i18n.t("col.company"), 150, 90,
                r -> new Label(r.lead().company()));
        TableColumn<RankedLead, RankedLead> phone = column("col-phone", i18n.t("col.phone"), 116, 116,
                r -> {
                    Label number = new Label(r.lead().phone());
                    if (!r.lead().doNotCall()) {
                        return number;
                    }
                    // the sheet says not to call this person: the number stays readable, the mark says so
                    Label mark = new Label(i18n.t("col.doNotCallMark"));
                    mark.setId("doNotCallMark");
                    mark.getStyleClass().add("do-not-call");
                    VBox both = new VBox(0, number, mark);
                    both.setAlignment(Pos.CENTER_LEFT);
                    return both;
                });
        TableColumn<RankedLead, RankedLead> buying = column("col-buying", i18n.t("col.buying"), 112, 112, r -> {
            LocalDate d = r.lead().buyingDate();
            VBox both = twoLines(buyingText(r, i18n, asOf.get()), d == null ? r.lead().buyingStated()
                    : d.toString(), "buying");
            if (r.score().isOverdue()) {
                both.getChildren().get(0).getStyleClass().add("overdue");
            }
            return both;
        });
        TableColumn<RankedLead, RankedLead> next = column("col-next", i18n.t("col.next"), 100, 80,
                r -> new Label(nextText(r.lead(), i18n, asOf.get())));
        TableColumn<RankedLead, RankedLead> stage = column("col-stage", i18n.t("col.stage"), 76, 76, r -> {
            Label l = new Label(i18n.t("stage." + r.lead().stage().name()));
            LocalDate until = r.lead().snoozedUntil();
            if (until != null && until.isAfter(asOf.get())) {
                return twoLines(l.getText(), i18n.t("detail.snoozedUntil", until), "stage");
            }
            return l;
        });
        TableColumn<RankedLead, RankedLead> owner = column("col-owner", i18n.t("col.owner"), 90, 60,
                r -> new Label(r.lead().owner()));
        TableColumn<RankedLead, RankedLead> why = column("col-why", i18n.t("col.why"), 300, 200, null);
        why.setCellFactory(c -> new WhyCell(r -> reasons.apply(r.score(), i18n.locale())));
        getColumns().setAll(List.of(rank, tier, scores, name, company, phone, buying, next, stage,
                owner, why));
        for (TableColumn<RankedLead, ?> c : getColumns()) {
            c.setVisible(!HIDDEN_AT_FIRST.contains(c.getId()));
        }
    }

    /** "in 2 days", "tomorrow", "overdue 3 days", "no date": the buying time in days from the as-of day. */
    static String buyingText(RankedLead r, I18n i18n, LocalDate asOf) {
        LocalDate d = r.lead().buyingDate();
        if (d == null) {
            return r.lead().buyingStated().isBlank() ? i18n.t("buying.none") : i18n.t("buying.undated");
        }
        return days(ChronoUnit.DAYS.between(asOf, d), i18n);
    }

    static String days(long days, I18n i18n) {
        if (days < 0) {
            return i18n.t("buying.overdueDays", -days);
        }
        if (days <= 1) {
            return i18n.t(days == 0 ? "buying.today" : "buying.tomorrow");
        }
        return days < 70 ? i18n.t("buying.inDays", days) : i18n.t("buying.inMonths", Math.round(days / 30.4));
    }

    static String nextText(Lead lead, I18n i18n, LocalDate asOf) {
        LocalDate next = lead.nextActionDate();
        return next == null ? "" : i18n.t("next.callBack", days(ChronoUnit.DAYS.between(asOf, next), i18n));
    }

    private static VBox twoLines(String first, String second, String kind) {
        Label a = new Label(first);
        a.getStyleClass().addAll("first-line", kind + "-first");
        VBox box = new VBox(0, a);
        if (!second.isBlank()) {
            Label b = new Label(second);
            b.getStyleClass().addAll("muted", "second-line");
            box.getChildren().add(b);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A small bar 0–100 with its number. */
    private static Node bar(int points, String style) {
        Region fill = new Region();
        fill.getStyleClass().addAll("score-fill", style);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        fill.setPrefWidth(Math.max(1, points * 0.3));
        fill.setPrefHeight(7);
        fill.setMaxHeight(7);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("score-track");
        track.setPrefWidth(30);
        track.setMinWidth(30);
        track.setMaxHeight(7);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        Label n = new Label(Integer.toString(points));
        n.getStyleClass().add("score-number");
        n.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, n, track);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(track, Priority.NEVER);
        return box;
    }

    private static TableColumn<RankedLead, RankedLead> column(String id, String title, double width, double min,
                                                              Function<RankedLead, Node> graphic) {
        TableColumn<RankedLead, RankedLead> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setMinWidth(min);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(RankedLead r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null ? null : graphic.apply(r));
            }
        });
        return col;
    }
}
