/** What the application knows about itself for people: version, uptime, health of each component. */
@NullMarked
package io.duckboard.platform.status;

import org.jspecify.annotations.NullMarked;
