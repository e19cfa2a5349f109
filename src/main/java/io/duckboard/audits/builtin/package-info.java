@NullMarked
package io.duckboard.audits.builtin;

import org.jspecify.annotations.NullMarked;
