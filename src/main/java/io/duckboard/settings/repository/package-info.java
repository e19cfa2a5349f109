/** Settings and webhook targets in the app database. */
@NullMarked
package io.duckboard.settings.repository;

import org.jspecify.annotations.NullMarked;
