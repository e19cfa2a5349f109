@NullMarked
package io.duckboard.audits.run;

import org.jspecify.annotations.NullMarked;
