package dev.hotlist.domain;

import java.util.List;

/** The values the classification filters can offer: every distinct, non-blank value the leads hold, sorted. */
public record FilterChoices(List<String> segments, List<String> customerTypes, List<String> regions,
                            List<String> sources, List<String> owners) {
    public FilterChoices {
        segments = List.copyOf(segments);
        customerTypes = List.copyOf(customerTypes);
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
        owners = List.copyOf(owners);
    }

    public static FilterChoices none() {
        return new FilterChoices(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
