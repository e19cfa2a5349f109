package io.duckboard.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.duckboard.dashboards.query.MonthlyPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seasonal figures on a fixture computed by hand. */
class SeasonalityViewTest {

    private static final List<MonthlyPoint> POINTS = List.of(
            new MonthlyPoint(LocalDate.of(2008, 1, 1), 30, 4.5),
            new MonthlyPoint(LocalDate.of(2009, 1, 1), 50, 4.5),
            new MonthlyPoint(LocalDate.of(2008, 7, 1), 10, 4.5),
            new MonthlyPoint(LocalDate.of(2009, 7, 1), 10, 4.5));

    @Test
    void month_statistics_are_mean_and_sample_sd_across_years() {
        double[][] stats = SeasonalityView.monthStatistics(POINTS);

        assertThat(stats[0][0]).isEqualTo(40.0);
        assertThat(stats[0][1]).isCloseTo(Math.sqrt(200), within(1e-9));
        assertThat(stats[6][0]).isEqualTo(10.0);
        assertThat(stats[6][1]).isZero();
        assertThat(stats[3][0]).as("a month with no data").isZero();
    }

    @Test
    void the_seasonal_index_is_relative_to_the_average_month() {
        // monthly means: Jan 40, Jul 10, ten months 0 → average 50/12; Jan index = 40 / (50/12) * 100 = 960.0
        var index = SeasonalityView.seasonalIndex(POINTS);

        assertThat(index.get(0).y()).isEqualTo(960.0);
        assertThat(index.get(6).y()).isEqualTo(240.0);
        assertThat(SeasonalityView.peakSentence(POINTS)).startsWith("Busiest month: Jan (960.0)");
    }
}
