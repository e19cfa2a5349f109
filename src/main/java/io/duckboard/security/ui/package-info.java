/** Sign-in, password change, and the ADMIN screens for users and API keys. */
@NullMarked
package io.duckboard.security.ui;

import org.jspecify.annotations.NullMarked;
