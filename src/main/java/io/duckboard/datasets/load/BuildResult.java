package io.duckboard.datasets.load;

import java.util.List;
import java.util.Map;

/** Row counts of every table in the new snapshot, and problems in the data that did not stop the load. */
public record BuildResult(Map<String, Long> rowCounts, List<String> warnings) {
}
