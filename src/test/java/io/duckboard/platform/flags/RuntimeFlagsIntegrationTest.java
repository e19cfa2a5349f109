package io.duckboard.platform.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.testsupport.DuckboardAppTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

@DuckboardAppTest
class RuntimeFlagsIntegrationTest {

    @Autowired
    RuntimeFlags flags;
    @Autowired
    RuntimeFlagRepository repository;
    @Autowired
    ChangeLog changes;
    @Autowired
    TransactionTemplateFactory transactions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void a_flag_set_in_the_ui_wins_over_its_default_and_bad_values_are_refused() {
        assertThat(flags.state(Flag.INGESTION_ENABLED).source()).isIn(FlagState.Source.DEFAULT, FlagState.Source.SETTINGS);

        flags.set(Flag.INGESTION_ENABLED, "FALSE");

        assertThat(flags.isEnabled(Flag.INGESTION_ENABLED)).isFalse();
        assertThat(flags.state(Flag.INGESTION_ENABLED).source()).isEqualTo(FlagState.Source.SETTINGS);
        assertThatThrownBy(() -> flags.set(Flag.PREVIEW_ROWS, "many")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("needs a number");
        flags.set(Flag.INGESTION_ENABLED, "true");
    }

    @Test
    void the_environment_pins_a_flag_and_the_ui_cannot_change_it() {
        RuntimeFlags pinned = new RuntimeFlags(repository, new MockEnvironment().withProperty("duckboard.flags.alerts.muted", "true"),
                changes, clock, new RuntimeFlagsProperties(Duration.ofSeconds(30)), transactions);

        assertThat(pinned.isEnabled(Flag.ALERTS_MUTED)).isTrue();
        assertThat(pinned.state(Flag.ALERTS_MUTED).pinned()).isTrue();
        assertThatThrownBy(() -> pinned.set(Flag.ALERTS_MUTED, "false")).hasMessageContaining("set by the environment");
    }

    @Test
    void a_change_made_by_another_instance_is_seen_once_the_cache_expires() {
        RuntimeFlags other = new RuntimeFlags(repository, new MockEnvironment(), changes, clock,
                new RuntimeFlagsProperties(Duration.ofMillis(300)), transactions);
        boolean before = other.isEnabled(Flag.AUDITS_ENABLED);

        // another instance writes straight to the shared app database
        transaction.executeWithoutResult(status -> repository.findById(Flag.AUDITS_ENABLED.name()).ifPresentOrElse(
                row -> row.set(Boolean.toString(!before), Instant.now(), "other-instance"),
                () -> repository.save(new RuntimeFlagEntity(Flag.AUDITS_ENABLED.name(), Boolean.toString(!before), Instant.now(), "other"))));

        assertThat(other.isEnabled(Flag.AUDITS_ENABLED)).as("cached").isEqualTo(before);
        await().atMost(Duration.ofSeconds(5)).until(() -> other.isEnabled(Flag.AUDITS_ENABLED) != before);
        transaction.executeWithoutResult(status -> repository.deleteById(Flag.AUDITS_ENABLED.name()));
    }
}
