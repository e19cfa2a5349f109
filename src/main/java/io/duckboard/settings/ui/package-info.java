/** Settings screens: data source, notifications, runtime flags, master key, change history. */
@NullMarked
package io.duckboard.settings.ui;

import org.jspecify.annotations.NullMarked;
