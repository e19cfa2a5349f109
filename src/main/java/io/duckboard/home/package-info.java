/** The landing page: what runs here (version, environment, uptime) and whether its parts are healthy. */
@NullMarked
package io.duckboard.home;

import org.jspecify.annotations.NullMarked;
