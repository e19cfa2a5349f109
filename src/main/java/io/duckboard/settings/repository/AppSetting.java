package io.duckboard.settings.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code app_setting}; a secret's value is the encrypted form. */
@Entity
@Table(name = "app_setting")
public class AppSetting {

    @Id
    @Column(name = "setting_key")
    private String key;
    @Column(name = "setting_value")
    private String value;
    private boolean secret;
    private Instant updatedAt;
    private String updatedBy;

    protected AppSetting() {
        this("", "", false, Instant.EPOCH, "");
    }

    public AppSetting(String key, String value, boolean secret, Instant updatedAt, String updatedBy) {
        this.key = key;
        this.value = value;
        this.secret = secret;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public boolean secret() {
        return secret;
    }

    public void set(String newValue, Instant when, String who) {
        this.value = newValue;
        this.updatedAt = when;
        this.updatedBy = who;
    }
}
