package io.duckboard.security;

import io.duckboard.security.repository.AppUserRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads users from {@code app_user}; roles become {@code ROLE_*} authorities. */
@Component
class DuckboardUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DuckboardUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(user -> User.withUsername(user.username())
                        .password(user.passwordHash())
                        .disabled(!user.enabled())
                        .authorities(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
