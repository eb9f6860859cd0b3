package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The kept first rows are read back from a preference value: the ids in order, an empty value giving none and a
 * part written by hand that is no id skipped.
 */
class KeptFirstRowsReadBackTest {
    @Test
    void theIdsComeBackInTheirOrderSpacesAroundThemAllowed() {
        assertThat(KeptFirstRows.ids("12,7,3")).containsExactly(12L, 7L, 3L);
        assertThat(KeptFirstRows.ids(" 12 , 7,3 ")).containsExactly(12L, 7L, 3L);
    }

    @Test
    void anEmptyValueOrAPartThatIsNoIdGivesNone() {
        assertThat(KeptFirstRows.ids("")).isEmpty();
        assertThat(KeptFirstRows.ids("12,,x,7.5,9")).containsExactly(12L, 9L);
    }
}
