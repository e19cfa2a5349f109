package io.duckboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** A one-time password (first start, reset) works only to choose a new one in the UI, not for the APIs. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private final UserService users;
    private final SecurityContextHolderStrategy contexts;

    PasswordChangeRequiredFilter(UserService users, SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !authentication.getName().startsWith("apikey:")
                && users.mustChangePassword(authentication.getName())) {
            response.setStatus(403);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"This password is a one-time password: sign in to the web UI and choose your own first.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
