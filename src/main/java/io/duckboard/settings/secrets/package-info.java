/** Secrets at rest: the master key ring and AES-256-GCM encryption with a key id per value. */
@NullMarked
package io.duckboard.settings.secrets;

import org.jspecify.annotations.NullMarked;
