/** The recipe and interaction analyses: filters in the URL, cached parallel queries, charts with their statistics. */
@NullMarked
package io.duckboard.dashboards;

import org.jspecify.annotations.NullMarked;
