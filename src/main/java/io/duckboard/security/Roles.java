package io.duckboard.security;

import java.util.List;

/**
 * The three roles, as names for {@code @RolesAllowed}. ADMIN may do everything; ANALYST works with
 * dashboards and data, runs audits and exports; VIEWER reads dashboards. A user holds one or more.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ANALYST = "ANALYST";
    public static final String VIEWER = "VIEWER";
    public static final List<String> ALL = List.of(ADMIN, ANALYST, VIEWER);

    private Roles() {
    }
}
