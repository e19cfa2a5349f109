@NullMarked
package io.duckboard.audits.api;

import org.jspecify.annotations.NullMarked;
