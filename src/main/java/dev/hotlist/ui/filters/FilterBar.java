package dev.hotlist.ui.filters;

import dev.hotlist.domain.BuyingWindow;
import dev.hotlist.domain.FilterChoices;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

/**
 * The filters over the pipeline: tier buttons with live counts and the search box on the first line; stage,
 * segment, customer type, region, source and owner (each a list of checks), the buying window, need and timing
 * ranges and the snoozed/closed switches on the second. Every control writes the model's one filter, and follows
 * it when a view sets it.
 */
public final class FilterBar extends VBox {
    private final PipelineViewModel model;
    private final I18n i18n;
    private final TextField search = new TextField();
    private final List<Runnable> followers = new ArrayList<>();
    /** True while the controls are being set from the filter, so they do not write it back. */
    private boolean following;

    public FilterBar(PipelineViewModel model, I18n i18n, Node viewsButton, Node asOf) {
        this.model = model;
        this.i18n = i18n;
        setId("filterBar");
        getStyleClass().add("filter-bar");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));

        HBox tiers = new HBox(4);
        for (Tier tier : Tier.values()) {
            tiers.getChildren().add(tierButton(tier));
        }
        search.setId("searchField");
        search.setPromptText(i18n.t("filter.search"));
        search.setPrefColumnCount(22);
        search.setMinWidth(160);
        HBox.setHgrow(search, Priority.SOMETIMES);
        PauseTransition debounce = new PauseTransition(Duration.millis(160));
        debounce.setOnFinished(e -> change(f -> f.toBuilder().text(search.getText()).build()));
        search.textProperty().addListener((obs, old, text) -> {
            if (!following) {
                debounce.playFromStart();
            }
        });
        follow(() -> {
            if (!search.getText().strip().equals(model.filter().text())) {
                search.setText(model.filter().text());
            }
        });
        HBox first = new HBox(10, viewsButton, tiers, search, asOf);
        first.setAlignment(Pos.CENTER_LEFT);

        FlowPane second = new FlowPane(8, 6);
        second.setId("moreFilters");
        second.setAlignment(Pos.CENTER_LEFT);
        second.getChildren().addAll(
                enumChecks("filterStage", "filter.stage", Stage.values(), s -> i18n.t("stage." + s.name()),
                        LeadFilter::stages, (b, v) -> b.stages(v)),
                textChecks("filterSegment", "filter.segment", FilterChoices::segments, LeadFilter::segments,
                        (b, v) -> b.segments(v)),
                textChecks("filterCustomerType", "filter.customerType", FilterChoices::customerTypes,
                        LeadFilter::customerTypes, (b, v) -> b.customerTypes(v)),
                textChecks("filterRegion", "filter.region", FilterChoices::regions, LeadFilter::regions,
                        (b, v) -> b.regions(v)),
                textChecks("filterSource", "filter.source", FilterChoices::sources, LeadFilter::sources,
                        (b, v) -> b.sources(v)),
                textChecks("filterOwner", "filter.owner", FilterChoices::owners, LeadFilter::owners,
                        (b, v) -> b.owners(v)),
                enumChecks("filterWindow", "filter.window", BuyingWindow.values(),
                        w -> i18n.t("window." + w.name()), LeadFilter::windows, (b, v) -> b.windows(v)),
                range("filterNeed", "filter.need", LeadFilter::needMin, LeadFilter::needMax,
                        (f, lo, hi) -> f.toBuilder().need(lo, hi).build()),
                range("filterTiming", "filter.timing", LeadFilter::timingMin, LeadFilter::timingMax,
                        (f, lo, hi) -> f.toBuilder().timing(lo, hi).build()),
                toggle("filterSnoozed", "filter.snoozed", LeadFilter::includeSnoozed,
                        (f, on) -> f.toBuilder().includeSnoozed(on).build()),
                toggle("filterClosed", "filter.closed", LeadFilter::includeClosed,
                        (f, on) -> f.toBuilder().includeClosed(on).build()),
                clearButton());
        getChildren().addAll(first, second);
        model.filterProperty().addListener((obs, old, f) -> followFilter());
        model.choicesProperty().addListener((obs, old, c) -> followFilter());
        followFilter();
    }

    /** Focuses the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void change(Function<LeadFilter, LeadFilter> how) {
        if (!following) {
            LeadFilter next = how.apply(model.filter());
            if (!next.equals(model.filter())) {
                model.setFilter(next);
            }
        }
    }

    private void follow(Runnable follower) {
        followers.add(follower);
    }

    private void followFilter() {
        following = true;
        try {
            followers.forEach(Runnable::run);
        } finally {
            following = false;
        }
    }

    private ToggleButton tierButton(Tier tier) {
        ToggleButton b = new ToggleButton();
        b.setId("tier-" + tier.name());
        b.getStyleClass().addAll("tier-toggle", "tier-" + tier.name().toLowerCase(Locale.ROOT));
        b.textProperty().bind(model.tierCount(tier).asString(i18n.t("tier." + tier.name()) + " %d"));
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(i18n.t("tier.hint." + tier.name())));
        b.setFocusTraversable(false);
        b.selectedProperty().addListener((obs, old, on) -> change(f -> {
            Set<Tier> tiers = new java.util.HashSet<>(f.tiers());
            if (on) {
                tiers.add(tier);
            } else {
                tiers.remove(tier);
            }
            return f.withTiers(tiers);
        }));
        follow(() -> b.setSelected(model.filter().tiers().contains(tier)));
        return b;
    }

    private <E extends Enum<E>> CheckComboBox<E> enumChecks(String id, String title, E[] values,
                                                              Function<E, String> words,
                                                              Function<LeadFilter, Set<E>> get,
                                                              BiFunction<LeadFilter.Builder, Set<E>, LeadFilter.Builder> set) {
        CheckComboBox<E> box = checks(id, title, words, get, set);
        box.getItems().setAll(values);
        return box;
    }

    private CheckComboBox<String> textChecks(String id, String title, Function<FilterChoices, List<String>> choices,
                                             Function<LeadFilter, Set<String>> get,
                                             BiFunction<LeadFilter.Builder, Set<String>, LeadFilter.Builder> set) {
        CheckComboBox<String> box = checks(id, title, s -> s, get, set);
        // the values of the stored leads, plus any the filter names that no lead has any more
        follow(() -> {
            java.util.SortedSet<String> items = new java.util.TreeSet<>(choices.apply(model.choicesProperty().get()));
            items.addAll(get.apply(model.filter()));
            if (!box.getItems().equals(List.copyOf(items))) {
                box.getCheckModel().clearChecks();
                box.getItems().setAll(items);
                get.apply(model.filter()).forEach(v -> box.getCheckModel().check(v));
            }
            box.setDisable(items.isEmpty());
        });
        return box;
    }

    private <T> CheckComboBox<T> checks(String id, String title, Function<T, String> words,
                                         Function<LeadFilter, Set<T>> get,
                                         BiFunction<LeadFilter.Builder, Set<T>, LeadFilter.Builder> set) {
        CheckComboBox<T> box = new CheckComboBox<>();
        box.setId(id);
        box.setTitle(i18n.t(title));
        box.setShowCheckedCount(true);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                change(f -> set.apply(f.toBuilder(), Set.copyOf(box.getCheckModel().getCheckedItems())).build()));
        follow(() -> {
            Set<T> wanted = get.apply(model.filter());
            if (!Set.copyOf(box.getCheckModel().getCheckedItems()).equals(wanted)) {
                box.getCheckModel().clearChecks();
                wanted.forEach(v -> box.getCheckModel().check(v));
            }
            box.getStyleClass().remove("filter-on");
            if (!wanted.isEmpty()) {
                box.getStyleClass().add("filter-on");
            }
        });
        return box;
    }

    @FunctionalInterface
    private interface RangeChange {
        LeadFilter apply(LeadFilter f, int low, int high);
    }

    private HBox range(String id, String title, Function<LeadFilter, Integer> low, Function<LeadFilter, Integer> high,
                       RangeChange set) {
        RangeSlider slider = new RangeSlider(0, 100, 0, 100);
        slider.setId(id);
        slider.setPrefWidth(110);
        slider.setMajorTickUnit(25);
        slider.setBlockIncrement(5);
        Label label = new Label();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable words = () -> label.setText(i18n.t(title) + " " + Math.round(slider.getLowValue()) + "–"
                + Math.round(slider.getHighValue()));
        PauseTransition debounce = new PauseTransition(Duration.millis(120));
        debounce.setOnFinished(e -> change(f -> set.apply(f, (int) Math.round(slider.getLowValue()),
                (int) Math.round(slider.getHighValue()))));
        slider.lowValueProperty().addListener((obs, old, v) -> {
            words.run();
            if (!following) {
                debounce.playFromStart();
            }
        });
        slider.highValueProperty().addListener((obs, old, v) -> {
            words.run();
            if (!following) {
                debounce.playFromStart();
            }
        });
        follow(() -> {
            slider.setLowValue(low.apply(model.filter()));
            slider.setHighValue(high.apply(model.filter()));
            words.run();
        });
        HBox box = new HBox(6, label, slider);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private CheckBox toggle(String id, String title, Function<LeadFilter, Boolean> get,
                            BiFunction<LeadFilter, Boolean, LeadFilter> set) {
        CheckBox box = new CheckBox(i18n.t(title));
        box.setId(id);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.selectedProperty().addListener((obs, old, on) -> change(f -> set.apply(f, on)));
        follow(() -> box.setSelected(get.apply(model.filter())));
        return box;
    }

    private Button clearButton() {
        Button clear = new Button(i18n.t("filter.clear"));
        clear.setId("filterClear");
        clear.setOnAction(e -> model.setFilter(LeadFilter.all()));
        follow(() -> clear.setDisable(model.filter().isEverythingOpen()));
        return clear;
    }
}
