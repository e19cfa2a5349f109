package io.duckboard.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.duckboard.dashboards.query.MonthlyPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seasonal figures on a fixture computed by hand. */
class SeasonalityViewTest {

    /** The period Jan 2008 … Jul 2009 as the monthly query returns it: the months between with 0 interactions. */
    private static final List<MonthlyPoint> POINTS = MonthlyPoint.everyMonth(List.of(
            new MonthlyPoint(LocalDate.of(2008, 1, 1), 30, 4.5),
            new MonthlyPoint(LocalDate.of(2008, 7, 1), 10, 4.5),
            new MonthlyPoint(LocalDate.of(2009, 1, 1), 50, 4.5),
            new MonthlyPoint(LocalDate.of(2009, 7, 1), 10, 4.5)), LocalDate.of(2008, 1, 1), LocalDate.of(2009, 7, 31));

    @Test
    void month_statistics_are_mean_and_sample_sd_across_years() {
        double[][] stats = SeasonalityView.monthStatistics(POINTS);

        assertThat(stats[0][0]).isEqualTo(40.0);
        assertThat(stats[0][1]).isCloseTo(Math.sqrt(200), within(1e-9));
        assertThat(stats[6][0]).isEqualTo(10.0);
        assertThat(stats[6][1]).isZero();
        assertThat(stats[3][0]).as("a month without interactions").isZero();
    }

    @Test
    void a_period_shorter_than_a_year_compares_only_the_months_it_reaches() {
        List<MonthlyPoint> quarter = List.of(new MonthlyPoint(LocalDate.of(2018, 1, 1), 400, 4.5),
                new MonthlyPoint(LocalDate.of(2018, 2, 1), 300, 4.5), new MonthlyPoint(LocalDate.of(2018, 3, 1), 200, 4.5));

        assertThat(SeasonalityView.monthStatistics(quarter)[3]).as("April is outside the period").isNull();
        var index = SeasonalityView.seasonalIndex(quarter);
        assertThat(index.get(0).y()).isEqualTo(133.3);
        assertThat(index.get(2).y()).isEqualTo(66.7);
        assertThat(index.get(3).y()).isNull();
        assertThat(SeasonalityView.peakSentence(quarter))
                .isEqualTo("Busiest month: Jan (133.3); quietest: Mar (66.7). Only the 3 months this period reaches are compared.");
        assertThat(SeasonalityView.peakSentence(quarter.subList(0, 1))).isEqualTo("Only one month (Jan) in this period: nothing to compare it with.");
        assertThat(SeasonalityView.peakSentence(List.of())).isEqualTo("No interactions in this selection.");
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
