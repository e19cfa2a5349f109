package io.duckboard.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTrendTest {

    @Test
    void a_worked_example_matches_the_values_computed_by_hand() {
        // x = 0..4, y = 1, 3, 2, 5, 4: Sxx = 10, Sxy = 8, slope 0.8, intercept 1.4, SSR = 3.6,
        // s = sqrt(3.6 / 3), SE(slope) = s / sqrt(10) = 0.34641, t(0.975, 3) = 3.18245
        LinearTrend fit = LinearTrend.fit(List.of(1.0, 3.0, 2.0, 5.0, 4.0));

        assertThat(fit.slope()).isCloseTo(0.8, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(1.4, within(1e-12));
        assertThat(fit.residualSd()).isCloseTo(Math.sqrt(1.2), within(1e-12));
        assertThat(fit.slopeHalfWidth()).isCloseTo(3.18245 * 0.34641, within(1e-3));
        assertThat(fit.at(2)).isCloseTo(3.0, within(1e-12));
        assertThat(fit.bandAt(2)).isCloseTo(3.18245 * Math.sqrt(1.2) * Math.sqrt(0.2), within(1e-3));
    }

    @Test
    void a_perfect_line_has_no_uncertainty() {
        LinearTrend fit = LinearTrend.fit(List.of(1.0, 3.0, 5.0, 7.0));

        assertThat(fit.slope()).isEqualTo(2.0);
        assertThat(fit.slopeHalfWidth()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void the_t_quantile_matches_reference_tables() {
        assertThat(LinearTrend.tQuantile975(3)).isCloseTo(3.1824, within(1e-4));
        assertThat(LinearTrend.tQuantile975(10)).isCloseTo(2.2281, within(1e-3));
        assertThat(LinearTrend.tQuantile975(30)).isCloseTo(2.0423, within(1e-3));
        assertThat(LinearTrend.tQuantile975(226)).isCloseTo(1.9706, within(1e-3));
    }
}
