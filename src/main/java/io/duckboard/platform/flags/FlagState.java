package io.duckboard.platform.flags;

import org.jspecify.annotations.Nullable;

/** A flag's current value and where it comes from. */
public record FlagState(Flag flag, String value, Source source, @Nullable String pinnedBy) {

    public enum Source { DEFAULT, SETTINGS, ENVIRONMENT }

    public boolean pinned() {
        return source == Source.ENVIRONMENT;
    }
}
