/** Structured logging: the JSON encoder, the request id in the MDC, and the user-interactions log API. */
@NullMarked
package io.duckboard.platform.logging;

import org.jspecify.annotations.NullMarked;
