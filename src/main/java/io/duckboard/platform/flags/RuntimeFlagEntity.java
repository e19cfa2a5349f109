package io.duckboard.platform.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code runtime_flag}: a value set in the UI. */
@Entity
@Table(name = "runtime_flag")
class RuntimeFlagEntity {

    @Id
    private String name;
    @Column(name = "flag_value")
    private String value;
    private Instant updatedAt;
    private String updatedBy;

    protected RuntimeFlagEntity() {
        this("", "", Instant.EPOCH, "");
    }

    RuntimeFlagEntity(String name, String value, Instant updatedAt, String updatedBy) {
        this.name = name;
        this.value = value;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void set(String newValue, Instant when, String who) {
        this.value = newValue;
        this.updatedAt = when;
        this.updatedBy = who;
    }
}
