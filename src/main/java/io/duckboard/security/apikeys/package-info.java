/** API keys: created by ADMINs, shown once, stored hashed, scoped, revocable; Bearer authentication for the APIs. */
@NullMarked
package io.duckboard.security.apikeys;

import org.jspecify.annotations.NullMarked;
