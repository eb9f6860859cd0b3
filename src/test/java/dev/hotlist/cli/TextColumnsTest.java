package dev.hotlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextColumnsTest {
    @Test
    void padsToTerminalColumnsCountingChineseAsTwo() {
        assertThat(TextColumns.fit("Ann", 6)).isEqualTo("Ann   ");
        assertThat(TextColumns.fit("张伟", 6)).isEqualTo("张伟  ");
        assertThat(TextColumns.fit("", 2)).isEqualTo("  ");
    }

    @Test
    void clipsWithAnEllipsisWithinTheWidth() {
        assertThat(TextColumns.fit("Carter Construction", 8)).isEqualTo("Carter …");
        // five columns: two Chinese characters and the ellipsis
        assertThat(TextColumns.fit("宁波恒通注塑厂", 6)).isEqualTo("宁波… ");
        assertThat(TextColumns.fit("宁波恒通注塑厂", 5)).isEqualTo("宁波…");
    }
}
