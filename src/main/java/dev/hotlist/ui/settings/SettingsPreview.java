package dev.hotlist.ui.settings;

import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Tier;
import dev.hotlist.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings dialog's live preview, without a window: the current top leads re-scored with the settings the form
 * shows (nothing saved), each with the place and tier it had and has now, so the user sees who moves.
 */
public final class SettingsPreview {
    /** One lead of the preview: where it was and where the trial settings put it. */
    public record Row(String name, int wasRank, int rank, Tier wasTier, Tier tier, int priority) {
        /** Places up (positive) or down (negative). */
        public int moved() {
            return wasRank - rank;
        }
    }

    private final TaskExecutor executor;
    private final Function<ScoringSettings, List<RankedLead>> rescore;
    private final List<RankedLead> top;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private long requests;

    /**
     * @param top     the current top leads, best first, as the list shows them
     * @param rescore those leads scored with trial settings and ranked among themselves (the service's work)
     */
    public SettingsPreview(TaskExecutor executor, List<RankedLead> top,
                           Function<ScoringSettings, List<RankedLead>> rescore) {
        this.executor = executor;
        this.top = List.copyOf(top);
        this.rescore = rescore;
    }

    /** Re-scores the top leads with {@code trial}; the rows follow when the work is done. */
    public void tryOut(ScoringSettings trial) {
        long request = ++requests;
        executor.later(() -> rescore.apply(trial), ranked -> {
            if (request == requests) {
                rows.setAll(compare(ranked));
            }
        }, e -> { });
    }

    private List<Row> compare(List<RankedLead> ranked) {
        Map<Long, Integer> wasRank = new HashMap<>();
        Map<Long, Tier> wasTier = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            wasRank.put(top.get(i).lead().id(), i + 1);
            wasTier.put(top.get(i).lead().id(), top.get(i).score().tier());
        }
        List<Row> out = new ArrayList<>();
        for (RankedLead r : ranked) {
            long id = r.lead().id();
            out.add(new Row(r.lead().displayName(), wasRank.getOrDefault(id, r.rank()), r.rank(),
                    wasTier.getOrDefault(id, r.score().tier()), r.score().tier(), r.score().priorityPoints()));
        }
        return out;
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
