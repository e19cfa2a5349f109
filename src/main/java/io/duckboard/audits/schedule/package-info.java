@NullMarked
package io.duckboard.audits.schedule;

import org.jspecify.annotations.NullMarked;
