@NullMarked
package io.duckboard.audits.alerts;

import org.jspecify.annotations.NullMarked;
