package dev.hotlist.domain;

import java.util.Objects;

/** A named filter the salesperson saved; it comes back on restart. */
public record SavedView(long id, String name, LeadFilter filter) {
    public SavedView {
        Objects.requireNonNull(filter, "filter");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A saved view needs a name");
        }
        name = name.strip();
    }
}
