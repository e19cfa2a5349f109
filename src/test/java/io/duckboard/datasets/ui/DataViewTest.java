package io.duckboard.datasets.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.duckboard.datasets.DatasetLoadView;
import io.duckboard.datasets.DatasetService;
import io.duckboard.datasets.LoadStatus;
import io.duckboard.datasets.LoadTrigger;
import io.duckboard.datasets.TableInfo;
import io.duckboard.testsupport.KaribuTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DataViewTest extends KaribuTest {

    @Autowired
    DatasetService datasets;

    @BeforeEach
    void waitForTheFirstLoad() {
        await().atMost(Duration.ofSeconds(60)).until(() -> datasets.status().serving() != null && !datasets.status().loading());
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_the_tables_of_the_serving_snapshot_with_exact_row_counts() {
        UI.getCurrent().navigate(DataView.class);

        Grid<TableInfo> tables = _get(Grid.class, spec -> spec.withId("tables-grid"));
        assertThat(_size(tables)).isEqualTo(7);
        assertThat(_getFormattedRow(tables, 0)).containsExactly("recipes", "1,783", "12");
        assertThat(_getFormattedRow(tables, 1)).containsExactly("interactions", "11,324", "5");
        assertThat(_getFormattedRow(tables, 2)).containsExactly("users", "251", "6");
        String summary = _get(Div.class, spec -> spec.withId("snapshot-summary")).getElement().getTextRecursively();
        assertThat(summary).contains("v" + datasets.status().serving().id(), "local folder");
    }

    @Test
    @SuppressWarnings("unchecked")
    void selecting_a_table_shows_its_columns_and_a_lazy_preview() {
        UI.getCurrent().navigate(DataView.class);
        Grid<TableInfo> tables = _get(Grid.class, spec -> spec.withId("tables-grid"));

        tables.select(_get(tables, 1));

        Grid<TableInfo.ColumnInfo> columns = _get(Grid.class, spec -> spec.withId("columns-grid"));
        assertThat(_getFormattedRow(columns, 3)).containsExactly("rating", "TINYINT");
        Grid<List<String>> preview = _get(Grid.class, spec -> spec.withId("preview-grid"));
        assertThat(_size(preview)).isEqualTo(11_324);
        assertThat(_get(preview, 11_000)).hasSize(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reload_now_runs_a_load_and_the_page_updates_when_it_ends() throws Exception {
        UI.getCurrent().navigate(DataView.class);

        _click(_get(Button.class, spec -> spec.withId("reload-button")));
        DatasetLoadView load = datasets.reload(LoadTrigger.MANUAL).get(60, TimeUnit.SECONDS);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return _get(Button.class, spec -> spec.withId("reload-button")).isEnabled();
        });

        assertThat(load.status()).isIn(LoadStatus.UNCHANGED, LoadStatus.SUCCEEDED);
        Grid<DatasetLoadView> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(_getFormattedRow(history, 0)).contains("manual");
    }

    @Test
    void a_failed_load_shows_its_reason_and_which_snapshot_keeps_serving() {
        DatasetLoadView serving = datasets.status().serving();
        DatasetLoadView failed = new DatasetLoadView(999_999, LoadTrigger.MANUAL, LoadStatus.FAILED, "local folder x",
                serving.startedAt(), serving.finishedAt(), java.util.Map.of(), 0,
                "users/users.parquet is not a readable Parquet file", List.of());
        DataView view = new DataView(datasets);
        UI.getCurrent().add(view);

        view.render(new io.duckboard.datasets.DatasetStatus(serving, failed, null));

        String error = _get(Span.class, spec -> spec.withId("load-error")).getText();
        assertThat(error).contains("users/users.parquet is not a readable Parquet file", "Snapshot v" + serving.id() + " keeps serving");
    }
}
