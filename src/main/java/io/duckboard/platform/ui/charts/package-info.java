/** Our typed Java API over the npm apexcharts library: options as records serialised with Jackson. */
@NullMarked
package io.duckboard.platform.ui.charts;

import org.jspecify.annotations.NullMarked;
