package io.duckboard.security;

import java.io.PrintStream;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users at all) creates {@code admin}: with {@code DUCKBOARD_ADMIN_PASSWORD}
 * if set, else with a random password printed once to the console — straight to standard output,
 * never through the logging system, so it is never written to a log file — that must be changed
 * at the first sign-in.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String VARIABLE = "DUCKBOARD_ADMIN_PASSWORD";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final Environment environment;
    private final Supplier<PrintStream> console;

    @Autowired
    FirstAdmin(UserService users, Environment environment) {
        this(users, environment, () -> System.out);
    }

    FirstAdmin(UserService users, Environment environment, Supplier<PrintStream> console) {
        this.users = users;
        this.environment = environment;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.noUsers()) {
            return;
        }
        String given = environment.getProperty(VARIABLE);
        if (given != null && !given.isBlank()) {
            users.create("admin", Set.of(Roles.ADMIN), given, false);
            log.info("Created the first user 'admin' with the password from {}", VARIABLE);
            return;
        }
        String temporary = Passwords.random();
        users.create("admin", Set.of(Roles.ADMIN), temporary, true);
        log.warn("Created the first user 'admin' with a one-time password shown on the console (not in any log file)");
        console.get().println("""

                ==================================================================
                  Duckboard first start: sign in as 'admin' with the password

                      %s

                  It is shown only this once and must be changed at first sign-in.
                  (Set %s to choose it instead.)
                ==================================================================
                """.formatted(temporary, VARIABLE));
    }
}
