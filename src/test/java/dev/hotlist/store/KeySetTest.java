package dev.hotlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySetTest {
    @Test
    void remembersEveryKeyItWasGivenThroughGrowthAndSeparatesKinds() {
        KeySet keys = new KeySet();
        for (int i = 0; i < 50_000; i++) {
            keys.add('e', "lead" + i + "@example.com");
        }
        for (int i = 0; i < 50_000; i++) {
            assertThat(keys.mightContain('e', "lead" + i + "@example.com")).isTrue();
        }
        assertThat(keys.mightContain('p', "lead1@example.com")).isFalse();
        int falsePositives = 0;
        for (int i = 50_000; i < 100_000; i++) {
            if (keys.mightContain('e', "lead" + i + "@example.com")) {
                falsePositives++;
            }
        }
        assertThat(falsePositives).isZero();
        assertThat(keys.mightContain('e', "")).isFalse();
    }
}
