package io.duckboard.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.duckboard.testsupport.KaribuTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void shows_version_environment_uptime_and_previous_run() {
        UI.getCurrent().navigate(HomeView.class);

        String facts = _get(Div.class, spec -> spec.withId("home-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Version", "Environment", "LOCAL", "Uptime", "Previous run");
    }

    @Test
    void shows_the_health_of_each_component() {
        UI.getCurrent().navigate(HomeView.class);

        String duckdb = _get(Div.class, spec -> spec.withId("health-duckdb")).getElement().getTextRecursively();
        String db = _get(Div.class, spec -> spec.withId("health-db")).getElement().getTextRecursively();
        assertThat(duckdb).contains("UP", "version: v1.");
        assertThat(db).contains("UP", "H2");
    }

    @Test
    void a_viewer_sees_each_components_status_but_not_its_details() {
        login("home-viewer", "VIEWER");
        UI.getCurrent().navigate(HomeView.class);

        String duckdb = _get(Div.class, spec -> spec.withId("health-duckdb")).getElement().getTextRecursively();
        assertThat(duckdb).contains("UP").doesNotContain("version:", "file:");
    }

    @Test
    void uptime_reads_like_a_person_would_say_it() {
        assertThat(HomeView.humanize(Duration.ofSeconds(47))).isEqualTo("0 min 47 s");
        assertThat(HomeView.humanize(Duration.ofMinutes(125))).isEqualTo("2 h 05 min");
        assertThat(HomeView.humanize(Duration.ofHours(50))).isEqualTo("2 d 2 h");
    }
}
