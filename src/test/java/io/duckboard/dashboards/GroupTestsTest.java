package io.duckboard.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against textbook values: the Welch example of Wikipedia's "Welch's t-test", critical values of t and chi-square. */
class GroupTestsTest {

    @Test
    void welch_matches_the_textbook_example() {
        // A1 (n 15): mean 20.82, variance 7.867429; A2 (n 15): mean 22.986667, variance 3.812667 → t = -2.46, df ≈ 25.0, p = 0.021
        GroupTests.Welch welch = GroupTests.welch(15, 20.82, 7.867428571, 15, 22.986666667, 3.812666667);

        assertThat(welch.t()).isCloseTo(-2.4554, within(1e-3));
        assertThat(welch.df()).isCloseTo(24.9885, within(1e-3));
        assertThat(welch.p()).isCloseTo(0.0214, within(5e-4));
    }

    @Test
    void tails_match_critical_values() {
        assertThat(Distributions.twoSidedTailT(2.228139, 10)).isCloseTo(0.05, within(1e-5));
        assertThat(Distributions.twoSidedTailT(1.959964, 1e7)).isCloseTo(0.05, within(1e-5));
        assertThat(Distributions.upperTailChiSquare(3.841459, 1)).isCloseTo(0.05, within(1e-6));
        assertThat(Distributions.upperTailChiSquare(11.070498, 5)).isCloseTo(0.05, within(1e-6));
        assertThat(Distributions.upperTailChiSquare(6.666667, 1)).isCloseTo(0.0098233, within(1e-6));
    }

    @Test
    void chi_square_of_a_two_by_two_table() {
        GroupTests.ChiSquare result = GroupTests.chiSquare(new long[][] {{10, 20}, {20, 10}});

        assertThat(result.chiSquare()).isCloseTo(20.0 / 3, within(1e-9));
        assertThat(result.df()).isEqualTo(1);
        assertThat(result.p()).isCloseTo(0.0098233, within(1e-6));
        assertThat(result.cramersV()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void effects_and_p_values_read_as_words() {
        assertThat(GroupTests.size(-0.03, 0.2, 0.5, 0.8)).isEqualTo("a negligible effect");
        assertThat(GroupTests.size(0.3, 0.2, 0.5, 0.8)).isEqualTo("a small effect");
        assertThat(GroupTests.p(0.0004)).isEqualTo("p < 0.001");
        assertThat(GroupTests.p(0.0234)).isEqualTo("p = 0.023");
    }
}
