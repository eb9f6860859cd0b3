package dev.hotlist.ui.filters;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The criteria of a filter that narrow the list, in words: why a view shows nothing. */
public final class FilterWords {
    private FilterWords() {
    }

    public static String describe(LeadFilter f, I18n i18n) {
        List<String> parts = new ArrayList<>();
        if (f.dueToday()) {
            parts.add(i18n.t("filterwords.dueToday"));
        }
        if (f.snoozedOnly()) {
            parts.add(i18n.t("filterwords.snoozedOnly"));
        }
        add(parts, i18n.t("filter.tier"), f.tiers().stream().map(t -> i18n.t("tier." + t.name())).collect(
                Collectors.toSet()));
        add(parts, i18n.t("filter.stage"), f.stages().stream().map(s -> i18n.t("stage." + s.name())).collect(
                Collectors.toSet()));
        add(parts, i18n.t("filter.segment"), f.segments());
        add(parts, i18n.t("filter.customerType"), f.customerTypes());
        add(parts, i18n.t("filter.region"), f.regions());
        add(parts, i18n.t("filter.source"), f.sources());
        add(parts, i18n.t("filter.owner"), f.owners());
        add(parts, i18n.t("filter.window"), f.windows().stream().map(w -> i18n.t("window." + w.name())).collect(
                Collectors.toSet()));
        if (f.needMin() > 0 || f.needMax() < 100) {
            parts.add(i18n.t("filter.need") + " " + f.needMin() + "–" + f.needMax());
        }
        if (f.timingMin() > 0 || f.timingMax() < 100) {
            parts.add(i18n.t("filter.timing") + " " + f.timingMin() + "–" + f.timingMax());
        }
        if (!f.text().isEmpty()) {
            parts.add(i18n.t("filterwords.text", f.text()));
        }
        return String.join(i18n.t("filterwords.separator"), parts);
    }

    private static void add(List<String> parts, String what, Set<String> values) {
        if (!values.isEmpty()) {
            parts.add(what + ": " + values.stream().sorted().collect(Collectors.joining(", ")));
        }
    }
}
