/** Records each start and clean stop of the application in the app database. */
@NullMarked
package io.duckboard.platform.lifecycle;

import org.jspecify.annotations.NullMarked;
