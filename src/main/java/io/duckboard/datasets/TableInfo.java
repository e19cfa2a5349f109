package io.duckboard.datasets;

import java.util.List;

/** A table of the serving snapshot, for the data page. */
public record TableInfo(String name, long rows, List<ColumnInfo> columns) {

    public record ColumnInfo(String name, String type) {
    }
}
