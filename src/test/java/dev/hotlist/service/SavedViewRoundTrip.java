package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SavedView;

/** A filter saved as a named view comes back equal. */
final class SavedViewRoundTrip {
    private SavedViewRoundTrip() {
    }

    static void check(Hotlist hotlist, String name, LeadFilter filter) {
        hotlist.saveView(name, filter);
        assertThat(hotlist.views()).filteredOn(v -> v.name().equals(name)).singleElement()
                .extracting(SavedView::filter).isEqualTo(filter);
    }
}
