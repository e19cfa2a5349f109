/** The change history: who changed which setting, user, role or key, from what to what. */
@NullMarked
package io.duckboard.platform.changes;

import org.jspecify.annotations.NullMarked;
