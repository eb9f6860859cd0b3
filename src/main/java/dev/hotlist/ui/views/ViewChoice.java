package dev.hotlist.ui.views;

import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SavedView;

/** A view the user can pick: one every database has, or one they saved. */
public sealed interface ViewChoice {
    LeadFilter filter();

    /** How the choice is remembered as the last view shown. */
    String key();

    record BuiltIn(BuiltInView view) implements ViewChoice {
        @Override
        public LeadFilter filter() {
            return view.filter();
        }

        @Override
        public String key() {
            return "builtin:" + view.name();
        }
    }

    record Saved(SavedView view) implements ViewChoice {
        @Override
        public LeadFilter filter() {
            return view.filter();
        }

        @Override
        public String key() {
            return "saved:" + view.id();
        }
    }
}
