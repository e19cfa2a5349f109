/** The application shell (layout, navigation, environment badge, theme) and the one UI error handler. */
@NullMarked
package io.duckboard.platform.ui;

import org.jspecify.annotations.NullMarked;
