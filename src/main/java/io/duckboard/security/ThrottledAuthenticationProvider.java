package io.duckboard.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in that refuses locked-out names and addresses before checking the password. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final UserService users;

    ThrottledAuthenticationProvider(UserDetailsService details, PasswordEncoder encoder, LoginThrottle throttle, UserService users) {
        super(details);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.lockedFor(username, address).ifPresent(left -> {
            throw new LockedException("Too many failed sign-ins for this user or from this address. Try again in "
                    + minutes(left) + ".");
        });
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username);
            users.recordLogin(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    private static String minutes(Duration left) {
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
