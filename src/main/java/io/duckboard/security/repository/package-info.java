/** Users and API keys in the app database. */
@NullMarked
package io.duckboard.security.repository;

import org.jspecify.annotations.NullMarked;
