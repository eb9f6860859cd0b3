package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ImportPreview#collapses}: a sheet whose sampled rows would merge into fewer leads than half of them warns
 * of a wrong key column, once at least {@link ImportPreview#COLLAPSE_MIN_ROWS} rows were sampled.
 */
class APreviewWarnsWhenRowsCollapseIntoFewLeadsTest {
    private static ImportPreview sampled(int rows, int leads) {
        return new ImportPreview(List.of("Sheet1"), "Sheet1", 1, List.of(), List.of(), List.of(), List.of(), rows,
                leads);
    }

    @Test
    void fewerLeadsThanHalfTheRowsCollapse() {
        assertThat(sampled(100, 49).collapses()).isTrue();
        assertThat(sampled(100, 1).collapses()).isTrue();
        assertThat(sampled(20, 9).collapses()).isTrue();
    }

    @Test
    void halfTheRowsOrMoreAsLeadsIsNoCollapse() {
        assertThat(sampled(100, 50).collapses()).as("exactly half").isFalse();
        assertThat(sampled(100, 100).collapses()).isFalse();
        assertThat(sampled(21, 11).collapses()).isFalse();
    }

    @Test
    void tenRowsAreEnoughToTellButNineAreNot() {
        assertThat(sampled(10, 4).collapses()).isTrue();
        assertThat(sampled(9, 1).collapses()).isFalse();
        assertThat(sampled(0, 0).collapses()).isFalse();
    }
}
