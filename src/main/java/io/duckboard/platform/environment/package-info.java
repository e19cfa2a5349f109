/** Detects whether this instance is LOCAL, PREPROD or PROD, once, before anything else reads configuration. */
@NullMarked
package io.duckboard.platform.environment;

import org.jspecify.annotations.NullMarked;
