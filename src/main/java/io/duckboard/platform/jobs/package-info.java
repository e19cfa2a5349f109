/** Scheduling for the features' jobs. */
@NullMarked
package io.duckboard.platform.jobs;

import org.jspecify.annotations.NullMarked;
