package io.duckboard.security.apikeys;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer dbk_…} on the API and actuator chain: a valid key authenticates as
 * {@code apikey:<name>} with its scopes as authorities; an unknown or revoked key is a 401 problem,
 * never a silent anonymous request.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyService keys;
    private final EnvironmentApiKey environmentKey;
    private final SecurityContextHolderStrategy contexts;

    /** @param contexts the strategy the rest of the chain reads (Vaadin installs its own) */
    public ApiKeyAuthenticationFilter(ApiKeyService keys, EnvironmentApiKey environmentKey, SecurityContextHolderStrategy contexts) {
        this.keys = keys;
        this.environmentKey = environmentKey;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(7).strip();
        var caller = environmentKey.authenticate(presented).or(() -> keys.authenticate(presented));
        if (caller.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Unauthorized","status":401,\
                    "detail":"The API key is not valid or was revoked. Create a key under Settings › API keys."}""");
            return;
        }
        List<SimpleGrantedAuthority> authorities = caller.get().scopes().stream()
                .map(scope -> new SimpleGrantedAuthority(scope.authority())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated("apikey:" + caller.get().name(), null, authorities);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
