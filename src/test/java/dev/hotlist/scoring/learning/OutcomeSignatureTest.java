package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint that decides a re-fit: it must change whenever who is won or lost changes, wherever in the list. */
class OutcomeSignatureTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static List<Outcomes.Labeled> labeled(long[] ids, boolean[] won) {
        List<Outcomes.Labeled> l = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            l.add(new Outcomes.Labeled(Lead.builder().id(ids[i]).name("Lead " + ids[i]).build(), won[i], DAY));
        }
        return l;
    }

    @Test
    void flippingAnyOneLeadsOutcomeOrSwappingOneLeadChangesIt() {
        long[] ids = {3, 8, 13, 21, 34, 55};
        boolean[] won = {true, false, true, true, false, false};
        String base = Outcomes.signature(labeled(ids, won));
        assertThat(Outcomes.signature(labeled(ids.clone(), won.clone()))).as("the same outcomes").isEqualTo(base);
        Set<String> seen = new HashSet<>(Set.of(base));
        for (int i = 0; i < ids.length; i++) {
            boolean[] flipped = won.clone();
            flipped[i] = !flipped[i];
            assertThat(seen.add(Outcomes.signature(labeled(ids, flipped)))).as("lead %d flipped", i).isTrue();
            long[] other = ids.clone();
            other[i] = 100 + i;
            assertThat(seen.add(Outcomes.signature(labeled(other, won)))).as("lead %d replaced", i).isTrue();
        }
        assertThat(Outcomes.signature(labeled(new long[] {3, 8}, new boolean[] {true, false})))
                .as("fewer leads").startsWith("2:").isNotEqualTo(base);
    }
}
