/** Who may do what: users and roles, login and its throttling, API keys, the security filter chains. */
@NullMarked
package io.duckboard.security;

import org.jspecify.annotations.NullMarked;
