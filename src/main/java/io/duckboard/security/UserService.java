package io.duckboard.security;

import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.security.repository.AppUser;
import io.duckboard.security.repository.AppUserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles and passwords. Every change is recorded in the change history. */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,64}");

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final ChangeLog changes;
    private final SecurityProperties properties;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder encoder, ChangeLog changes, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAllByOrderByUsername().stream().map(UserService::view).toList();
    }

    @Transactional(readOnly = true)
    public boolean noUsers() {
        return users.count() == 0;
    }

    /** Creates a user with a temporary password, returned once; it must be changed at the first sign-in. */
    @Transactional
    public String create(String username, Set<String> roles) {
        String temporary = Passwords.random();
        create(username, roles, temporary, true);
        return temporary;
    }

    @Transactional
    public UserAccount create(String username, Set<String> roles, String password, boolean mustChange) {
        if (!USERNAME.matcher(username).matches()) {
            throw new UserFacingException("A user name has 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new UserFacingException("There is already a user called '" + username + "'.");
        }
        Set<String> valid = validRoles(roles);
        AppUser user = new AppUser(username, encoder.encode(password), valid, clock.instant());
        user.password(user.passwordHash(), mustChange);
        users.save(user);
        changes.record("USER", username, "created", null, "roles " + String.join(",", valid));
        return view(user);
    }

    @Transactional
    public void setRoles(String username, Set<String> roles) {
        AppUser user = find(username);
        Set<String> valid = validRoles(roles);
        String before = String.join(",", user.roles());
        user.roles(valid);
        changes.record("ROLE", username, "roles", before, String.join(",", valid));
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        AppUser user = find(username);
        if (user.enabled() != enabled) {
            user.enabled(enabled);
            changes.record("USER", username, "enabled", Boolean.toString(!enabled), Boolean.toString(enabled));
        }
    }

    /** A new temporary password, returned once; the user must change it at the next sign-in. */
    @Transactional
    public String resetPassword(String username) {
        AppUser user = find(username);
        String temporary = Passwords.random();
        user.password(encoder.encode(temporary), true);
        changes.record("USER", username, "password", "••••", "reset (temporary, must change)");
        return temporary;
    }

    @Transactional
    public void changePassword(String username, String current, String replacement) {
        AppUser user = find(username);
        if (!encoder.matches(current, user.passwordHash())) {
            throw new UserFacingException("The current password is not right.");
        }
        if (replacement.length() < properties.minPasswordLength()) {
            throw new UserFacingException("Choose a password of at least " + properties.minPasswordLength() + " characters.");
        }
        if (replacement.equals(current)) {
            throw new UserFacingException("The new password must differ from the current one.");
        }
        user.password(encoder.encode(replacement), false);
        changes.record("USER", username, "password", "••••", "changed by the user");
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::mustChangePassword).orElse(false);
    }

    @Transactional
    public void recordLogin(String username) {
        users.findByUsernameIgnoreCase(username).ifPresent(user -> user.loggedIn(clock.instant()));
    }

    private AppUser find(String username) {
        return users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UserFacingException("There is no user called '" + username + "'."));
    }

    private static Set<String> validRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new UserFacingException("Give the user at least one role: " + String.join(", ", Roles.ALL) + ".");
        }
        Set<String> unknown = new TreeSet<>(roles);
        unknown.removeAll(Roles.ALL);
        if (!unknown.isEmpty()) {
            throw new UserFacingException("Unknown role(s) " + unknown + "; the roles are " + String.join(", ", Roles.ALL) + ".");
        }
        return new TreeSet<>(roles);
    }

    private static UserAccount view(AppUser user) {
        return new UserAccount(user.id(), user.username(), user.roles(), user.enabled(), user.mustChangePassword(),
                user.createdAt(), user.lastLoginAt());
    }
}
