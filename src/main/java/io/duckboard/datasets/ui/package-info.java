/** The data page: catalog, preview, reload with live progress, load history. */
@NullMarked
package io.duckboard.datasets.ui;

import org.jspecify.annotations.NullMarked;
