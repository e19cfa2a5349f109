/** Runtime flags: named booleans and numbers read through a short cache, changed without a deploy. */
@NullMarked
package io.duckboard.platform.flags;

import org.jspecify.annotations.NullMarked;
