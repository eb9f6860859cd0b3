package dev.hotlist.ui.views;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SavedView;
import dev.hotlist.service.Hotlist;
import dev.hotlist.ui.TaskExecutor;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The views: the built-in ones ("Today" first, the default) and the saved ones, which is showing and whether its
 * filter has been changed since, and saving, renaming, updating and deleting saved views. The view shown last is
 * remembered in the database and shown again at start.
 */
public final class ViewsViewModel {
    static final String LAST_VIEW = "ui.lastView";
    private final PipelineViewModel pipeline;
    private final TaskExecutor executor;
    private final ObservableList<ViewChoice> views = FXCollections.observableArrayList();
    private final ObjectProperty<ViewChoice> active = new SimpleObjectProperty<>();
    private final BooleanBinding modified;
    private Consumer<Throwable> onError = e -> { };

    public ViewsViewModel(PipelineViewModel pipeline, TaskExecutor executor) {
        this.pipeline = pipeline;
        this.executor = executor;
        for (BuiltInView v : BuiltInView.values()) {
            views.add(new ViewChoice.BuiltIn(v));
        }
        modified = Bindings.createBooleanBinding(() -> active.get() != null
                && !active.get().filter().equals(pipeline.filter()), active, pipeline.filterProperty());
    }

    public void setOnError(Consumer<Throwable> handler) {
        onError = handler;
    }

    /** Reads the saved views and shows the one shown last (Today the first time). */
    public void restoreLast() {
        Hotlist h = pipeline.hotlist();
        executor.later(() -> new Restored(h.views(), h.preference(LAST_VIEW)), restored -> {
            setSaved(restored.saved);
            ViewChoice last = restored.last.flatMap(this::byKey).orElse(views.get(0));
            show(last, false);
        }, onError);
    }

    /** After a rebuild of the window: the view that was shown (by key), with the filter as it was changed. */
    public void restore(String viewKey, LeadFilter filter) {
        Hotlist h = pipeline.hotlist();
        executor.later(h::views, saved -> {
            setSaved(saved);
            active.set(viewKey == null ? null : byKey(viewKey).orElse(null));
            pipeline.setFilter(filter);
        }, onError);
    }

    private record Restored(List<SavedView> saved, Optional<String> last) {
    }

    private Optional<ViewChoice> byKey(String key) {
        return views.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    private void setSaved(List<SavedView> saved) {
        List<ViewChoice> all = new ArrayList<>();
        for (BuiltInView v : BuiltInView.values()) {
            all.add(new ViewChoice.BuiltIn(v));
        }
        saved.forEach(s -> all.add(new ViewChoice.Saved(s)));
        views.setAll(all);
    }

    /** Shows a view and remembers it as the last one. */
    public void show(ViewChoice view) {
        show(view, true);
    }

    private void show(ViewChoice view, boolean remember) {
        active.set(view);
        pipeline.setFilter(view.filter());
        if (remember && pipeline.hotlist() != null) {
            Hotlist h = pipeline.hotlist();
            executor.later(() -> {
                h.savePreference(LAST_VIEW, view.key());
                return view;
            }, v -> { }, onError);
        }
    }

    /** Ctrl+1…9: the n-th view (1 = Today). */
    public boolean showNumber(int n) {
        if (n < 1 || n > views.size()) {
            return false;
        }
        show(views.get(n - 1));
        return true;
    }

    /** Saves the current filter under {@code name} (replacing a view of that name) and shows it. */
    public void saveAs(String name, Consumer<SavedView> onSaved) {
        Hotlist h = pipeline.hotlist();
        LeadFilter f = pipeline.filter();
        executor.later(() -> {
            SavedView v = h.saveView(name, f);
            return new Saved(v, h.views());
        }, done -> {
            setSaved(done.all);
            byKey(new ViewChoice.Saved(done.view).key()).ifPresent(this::show);
            onSaved.accept(done.view);
        }, onError);
    }

    private record Saved(SavedView view, List<SavedView> all) {
    }

    /** Puts the current filter into the saved view shown. */
    public void updateActive(Runnable onDone) {
        if (!(active.get() instanceof ViewChoice.Saved s)) {
            return;
        }
        Hotlist h = pipeline.hotlist();
        LeadFilter f = pipeline.filter();
        executor.later(() -> {
            h.updateView(s.view().id(), f);
            return h.views();
        }, all -> {
            setSaved(all);
            byKey(s.key()).ifPresent(v -> active.set(v));
            onDone.run();
        }, onError);
    }

    public void rename(ViewChoice.Saved view, String name) {
        Hotlist h = pipeline.hotlist();
        executor.later(() -> {
            h.renameView(view.view().id(), name);
            return h.views();
        }, all -> {
            boolean wasActive = view.equals(active.get());
            setSaved(all);
            if (wasActive) {
                byKey(view.key()).ifPresent(active::set);
            }
        }, onError);
    }

    /** Deletes a saved view; when it was showing, Today is shown. */
    public void delete(ViewChoice.Saved view) {
        Hotlist h = pipeline.hotlist();
        executor.later(() -> {
            h.deleteView(view.view().id());
            return h.views();
        }, all -> {
            setSaved(all);
            if (view.equals(active.get())) {
                show(views.get(0));
            }
        }, onError);
    }

    public ObservableList<ViewChoice> views() {
        return views;
    }

    public ObjectProperty<ViewChoice> activeProperty() {
        return active;
    }

    /** True when the filter differs from the active view's. */
    public BooleanBinding modifiedProperty() {
        return modified;
    }
}
