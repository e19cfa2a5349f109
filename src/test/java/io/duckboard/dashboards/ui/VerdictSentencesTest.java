package io.duckboard.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.dashboards.query.RecipeProperty;
import io.duckboard.dashboards.query.WeekendStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences next to the charts, where the numbers leave nothing to test. */
class VerdictSentencesTest {

    private static WeekendStats group(boolean weekend, long interactions, long days, long rated, double mean, double variance, long... counts) {
        return new WeekendStats(weekend, interactions, days, rated, mean, variance, counts);
    }

    @Test
    void ratings_all_the_same_say_there_is_nothing_to_test_instead_of_nan() {
        // rating range 5–5: every rating is 5 in both groups, no variance, one rating column
        String verdict = WeekendView.verdict(List.of(group(false, 620, 200, 620, 5.0, 0.0, 0, 0, 0, 0, 0, 620),
                group(true, 290, 100, 290, 5.0, 0.0, 0, 0, 0, 0, 0, 290)));

        assertThat(verdict).doesNotContain("NaN", "Infinity", "large effect")
                .startsWith("Every rating in this selection is 5★, on weekdays and weekends alike: with no spread")
                .endsWith("Weekends see 2.9 interactions a day against 3.1 on weekdays.");
    }

    @Test
    void groups_with_one_rating_each_are_named_apart() {
        String verdict = WeekendView.verdict(List.of(group(false, 10, 5, 10, 4.0, 0.0, 0, 0, 0, 0, 10, 0),
                group(true, 6, 2, 6, 5.0, 0.0, 0, 0, 0, 0, 0, 6)));

        assertThat(verdict).startsWith("Weekend ratings are all 5★ and weekday ratings all 4★").doesNotContain("NaN");
    }

    @Test
    void interactions_a_day_keep_a_decimal_below_a_hundred() {
        assertThat(WeekendView.perDay(3.14)).isEqualTo("3.1");
        assertThat(WeekendView.perDay(188.4)).isEqualTo("188");
        assertThat(WeekendView.perDay(12_345.6)).isEqualTo("12,346");
    }

    @Test
    void a_slope_whose_interval_includes_zero_is_not_called_growth() {
        List<io.duckboard.dashboards.query.MonthlyPoint> noisy = monthly(10, 30, 5, 25, 12, 28);
        List<io.duckboard.dashboards.query.MonthlyPoint> rising = monthly(10, 20, 30, 40, 50, 61);

        assertThat(TrendsView.trendSentence(noisy)).startsWith("No clear linear trend: the slope is").contains("includes 0, over 6 months.");
        assertThat(TrendsView.trendSentence(rising)).startsWith("Interactions grow by 10.1 per month on average (95 % CI");
    }

    @Test
    void a_difference_that_rounds_to_zero_is_no_change() {
        assertThat(OverviewView.difference(4.6512, 4.6538, "%+.2f★")).isEqualTo("no change vs previous period");
        assertThat(OverviewView.difference(4.66, 4.63, "%+.2f★")).isEqualTo("+0.03★ vs previous period");
        assertThat(OverviewView.difference(71.2, 75.9, "%+.1f pts")).isEqualTo("-4.7 pts vs previous period");
    }

    private static List<io.duckboard.dashboards.query.MonthlyPoint> monthly(long... counts) {
        List<io.duckboard.dashboards.query.MonthlyPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            points.add(new io.duckboard.dashboards.query.MonthlyPoint(java.time.LocalDate.of(2010, 1 + i, 1), counts[i], null));
        }
        return points;
    }

    @Test
    void an_undefined_correlation_says_why_rather_than_r_equals_zero() {
        assertThat(RatingsView.correlationSentence(RecipeProperty.STEPS, null))
                .isEqualTo("Too few ratings (or no spread in them) in this selection to relate rating and number of steps.");
        assertThat(RatingsView.correlationSentence(RecipeProperty.STEPS, 0.05)).isEqualTo("Rating and number of steps are hardly related (Pearson's r = 0.050).");
    }
}
