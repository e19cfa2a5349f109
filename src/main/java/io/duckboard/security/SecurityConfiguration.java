package io.duckboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.duckboard.security.apikeys.ApiKeyAuthenticationFilter;
import io.duckboard.security.apikeys.ApiKeyService;
import io.duckboard.security.apikeys.ApiScope;
import io.duckboard.security.apikeys.EnvironmentApiKey;
import io.duckboard.security.ui.LoginView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two filter chains. APIs and actuator: stateless, HTTP Basic (people, scripts) or a Bearer API key
 * (machines); health stays public for uptime monitors. Everything else is the Vaadin UI with its
 * login view; Vaadin's navigation access control denies any view that declares no access rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(UserDetailsService details, PasswordEncoder encoder,
                                                                   LoginThrottle throttle, UserService users) {
        return new ThrottledAuthenticationProvider(details, encoder, throttle, users);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiAndActuator(HttpSecurity http, ApiKeyService keys, EnvironmentApiKey environmentKey,
                                       ThrottledAuthenticationProvider provider, ObjectProvider<SecurityContextHolderStrategy> strategy,
                                       UserService users) throws Exception {
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(response, 401, "Unauthorized",
                "Send Authorization: Bearer <API key> (Settings › API keys) or sign in with HTTP Basic; actuator info and metrics need an ADMIN.");
        http.securityMatcher("/actuator/**", "/api/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/info", "/actuator/prometheus")
                            .hasAnyAuthority("ROLE_" + Roles.ADMIN, ApiScope.METRICS.authority())
                        // any other actuator address is answered 404 by UnknownActuatorPathController
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audits", "/api/audits/session")
                            .hasAnyAuthority(role(Roles.VIEWER), role(Roles.ANALYST), role(Roles.ADMIN), ApiScope.AUDITS.authority())
                        .requestMatchers(HttpMethod.POST, "/api/audits/run/*")
                            .hasAnyAuthority(role(Roles.ANALYST), role(Roles.ADMIN), ApiScope.AUDITS.authority())
                        // other methods and addresses under the audits API: a 404 problem that lists what exists
                        .requestMatchers("/api/audits/**")
                            .hasAnyAuthority(role(Roles.VIEWER), role(Roles.ANALYST), role(Roles.ADMIN), ApiScope.AUDITS.authority())
                        // an API endpoint is closed until it is declared here with its role or scope
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a signed-in browser may call the APIs with its session (never creating one); SameSite=Lax keeps other sites' posts out
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), sessionContexts())))
                .csrf(csrf -> csrf.disable())
                .authenticationProvider(provider)
                // the entry point writes the 401 itself: a sendError() would go through /error and the UI chain
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, environmentKey, contexts), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(users, contexts), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "Forbidden",
                                "Your role or API key scope does not allow " + request.getRequestURI() + ".")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ThrottledAuthenticationProvider provider) throws Exception {
        http.authenticationProvider(provider);
        // signed-in people reach the Vaadin servlet for any address, so a mistyped one gets the in-app
        // not-found page instead of Spring's bare 403; anonymous ones are sent to the login page
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    private static String role(String role) {
        return "ROLE_" + role;
    }

    private static HttpSessionSecurityContextRepository sessionContexts() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setAllowSessionCreation(false);
        return repository;
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(title, status, detail.replace("\"", "'")));
    }
}
