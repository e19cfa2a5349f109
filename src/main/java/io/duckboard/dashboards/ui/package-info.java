/** Dashboard views and their building blocks (filter bar, chart cards). */
@NullMarked
package io.duckboard.dashboards.ui;

import org.jspecify.annotations.NullMarked;
