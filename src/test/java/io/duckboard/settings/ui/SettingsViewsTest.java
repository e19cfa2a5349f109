package io.duckboard.settings.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.duckboard.datasets.DatasetsProperties.SourceType;
import io.duckboard.security.Roles;
import io.duckboard.settings.DataSourceSettingsService;
import io.duckboard.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingsViewsTest extends KaribuTest {

    @Autowired
    DataSourceSettingsService settings;

    @Test
    @SuppressWarnings("unchecked")
    void an_s3_source_without_a_bucket_is_a_field_error_and_nothing_is_saved() {
        UI.getCurrent().navigate(DataSourceSettingsView.class);

        _get(RadioButtonGroup.class, spec -> spec.withId("field-type")).setValue(SourceType.S3);
        _setValue(_get(TextField.class, spec -> spec.withId("field-region")), "moon");
        _click(_get(Button.class, spec -> spec.withId("save-data-source")));

        TextField bucket = _get(TextField.class, spec -> spec.withId("field-bucket"));
        TextField region = _get(TextField.class, spec -> spec.withId("field-region"));
        assertThat(bucket.isInvalid()).isTrue();
        assertThat(bucket.getErrorMessage()).contains("bucket name");
        assertThat(region.getErrorMessage()).contains("us-east-1");
        assertThat(_get(Span.class, spec -> spec.withId("connection-result")).getText()).contains("Fix the fields");
        assertThat(settings.effective().source()).isEqualTo(SourceType.LOCAL);
    }

    @Test
    void an_analyst_sees_the_data_source_read_only_without_a_save_button() {
        login("an-analyst", Roles.ANALYST);
        UI.getCurrent().navigate(DataSourceSettingsView.class);

        assertThat(_get(TextField.class, spec -> spec.withId("field-bucket")).isReadOnly()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("save-data-source"));
    }

    @Test
    void test_connection_on_the_local_lake_reports_what_it_found() {
        UI.getCurrent().navigate(DataSourceSettingsView.class);

        _click(_get(Button.class, spec -> spec.withId("test-connection")));

        assertThat(_get(Span.class, spec -> spec.withId("connection-result")).getText()).startsWith("✔ Connected to local folder");
    }

    @Test
    void a_webhook_without_a_scheme_is_a_field_error() {
        UI.getCurrent().navigate(NotificationsView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("webhook-name")), "ops");
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "hooks.example.com/x");
        _click(_get(Button.class, spec -> spec.withId("add-webhook")));

        assertThat(_get(TextField.class, spec -> spec.withId("webhook-url")).getErrorMessage()).contains("https://");
    }

    @Test
    void a_flag_value_of_the_wrong_kind_is_refused_in_place() {
        UI.getCurrent().navigate(FlagsView.class);
        TextField field = flagField("alerts.muted");

        _setValue(field, "maybe");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("true or false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_saved_flag_shows_its_new_value_and_source_at_once() {
        UI.getCurrent().navigate(FlagsView.class);

        _setValue(flagField("datasets.preview-page-size"), "60");

        assertThat(flagField("datasets.preview-page-size").getValue()).isEqualTo("60");
        Grid<io.duckboard.platform.flags.FlagState> grid = _get(Grid.class, spec -> spec.withId("flags-grid"));
        int row = java.util.stream.IntStream.range(0, _size(grid))
                .filter(i -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).flag().name().equals("datasets.preview-page-size"))
                .findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, row, "source")).isEqualTo("set here");
    }

    @SuppressWarnings("unchecked")
    private static TextField flagField(String name) {
        Grid<io.duckboard.platform.flags.FlagState> grid = _get(Grid.class, spec -> spec.withId("flags-grid"));
        for (int row = 0; row < _size(grid); row++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(grid, row).flag().name().equals(name)) {
                return (TextField) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "value");
            }
        }
        throw new AssertionError("no flag " + name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_change_history_lists_recent_changes() {
        UI.getCurrent().navigate(FlagsView.class);
        _setValue(flagField("datasets.preview-page-size"), "75");

        UI.getCurrent().navigate(ChangeHistoryView.class);

        assertThat(_size(_get(Grid.class, spec -> spec.withId("history-grid")))).isPositive();
    }
}
