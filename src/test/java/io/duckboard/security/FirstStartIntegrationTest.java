package io.duckboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.security.repository.AppUserRepository;
import io.duckboard.testsupport.LogFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A first start on an empty app database of its own (the users table is emptied before each case). */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1",
        "duckboard.data-dir=target/test-data/first-start",
        "duckboard.duckdb.file=target/test-data/${random.uuid}.duckdb",
        "duckboard.logs-dir=target/test-logs/first-start",
        "duckboard.datasets.demo.scale=0.001"
})
class FirstStartIntegrationTest {

    private static final Pattern SHOWN = Pattern.compile("with the password\\s+(\\S{20})\\s");

    @Autowired
    UserService users;
    @Autowired
    AppUserRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void admin_gets_a_one_time_password_on_the_console_only_and_must_change_it() throws Exception {
        repository.deleteAll();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new FirstAdmin(users, new MockEnvironment(), () -> new PrintStream(console, true)).run(null);

        Matcher shown = SHOWN.matcher(console.toString());
        assertThat(shown.find()).as("the console shows the password").isTrue();
        String password = shown.group(1);

        var admin = repository.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.roles()).containsExactly(Roles.ADMIN);
        for (String file : new String[] {"local_debug.log", "local_errors.log", "local_user_interactions.log"}) {
            LogFiles.awaitLine(Path.of("target/test-logs/first-start/local_debug.log"), "Created the first user 'admin'");
            Path log = Path.of("target/test-logs/first-start", file);
            assertThat(Files.exists(log) ? Files.readString(log) : "").as(file).doesNotContain(password);
        }
    }

    @Test
    void with_duckboard_admin_password_set_that_password_is_used_and_nothing_is_printed() {
        repository.deleteAll();
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        new FirstAdmin(users, new MockEnvironment().withProperty(FirstAdmin.VARIABLE, "chosen-by-the-operator"),
                () -> new PrintStream(console)).run(null);

        var admin = repository.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(encoder.matches("chosen-by-the-operator", admin.passwordHash())).isTrue();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(console.toString()).isEmpty();
    }
}
