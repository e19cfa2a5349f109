/** Shared plumbing every feature may use; it depends on no feature. */
@NullMarked
package io.duckboard.platform;

import org.jspecify.annotations.NullMarked;
