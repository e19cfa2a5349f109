package io.duckboard.platform.changes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code change_log}. */
@Entity
@Table(name = "change_log")
class ChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant at;
    private String actor;
    private String kind;
    private String target;
    private @Nullable String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;

    protected ChangeEntry() {
        this(Instant.EPOCH, "", "", "", null, null, null);
    }

    ChangeEntry(Instant at, String actor, String kind, String target, @Nullable String field,
                @Nullable String oldValue, @Nullable String newValue) {
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.target = target;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    Change view() {
        return new Change(id == null ? 0 : id, at, actor, kind, target, field, oldValue, newValue);
    }
}
