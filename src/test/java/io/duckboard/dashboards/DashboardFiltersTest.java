package io.duckboard.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardFiltersTest {

    @Test
    void filters_round_trip_through_the_url_query() {
        DashboardFilters filters = new DashboardFilters(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31),
                Set.of("desserts", "vegan"), 1, 4, 10);

        assertThat(DashboardFilters.fromQuery(filters.toQuery())).isEqualTo(filters);
        assertThat(filters.toQuery()).containsEntry("tags", List.of("desserts,vegan")).containsEntry("minint", List.of("10"));
        assertThat(DashboardFilters.DEFAULT.toQuery()).isEmpty();
    }

    @Test
    void nonsense_in_the_url_falls_back_to_defaults_instead_of_breaking_the_page() {
        DashboardFilters filters = DashboardFilters.fromQuery(Map.of("from", List.of("yesterday"), "rmin", List.of("9"),
                "rmax", List.of("-3"), "minint", List.of("lots"), "to", List.of("2001-02-30")));

        assertThat(filters.from()).isEqualTo(DashboardFilters.FIRST_DAY);
        assertThat(filters.to()).isEqualTo(DashboardFilters.LAST_DAY);
        assertThat(filters.minRating()).isEqualTo(5);
        assertThat(filters.maxRating()).isEqualTo(5);
        assertThat(filters.minInteractions()).isZero();
    }

    @Test
    void the_previous_period_has_the_same_length_and_ends_the_day_before() {
        DashboardFilters year = DashboardFilters.DEFAULT.withPeriod(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));

        DashboardFilters before = year.previousPeriod();

        assertThat(before.from()).isEqualTo(LocalDate.of(2008, 1, 2));
        assertThat(before.to()).isEqualTo(LocalDate.of(2008, 12, 31));
        assertThat(DashboardFilters.DEFAULT.withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1)).from())
                .as("a reversed range is put right").isEqualTo(LocalDate.of(2009, 1, 1));
    }
}
