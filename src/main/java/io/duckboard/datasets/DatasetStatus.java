package io.duckboard.datasets;

import org.jspecify.annotations.Nullable;

/**
 * What readers get now and what happened last.
 *
 * @param serving     the load whose snapshot answers queries; null before the first successful load
 * @param lastAttempt the most recent finished load (may be a failure while {@code serving} is older)
 * @param progress    set while a load runs
 */
public record DatasetStatus(@Nullable DatasetLoadView serving, @Nullable DatasetLoadView lastAttempt,
                            @Nullable LoadProgress progress) {

    public boolean loading() {
        return progress != null;
    }

    /** The last attempt failed while an older snapshot still serves. */
    public boolean degraded() {
        return serving != null && lastAttempt != null && lastAttempt.status() == LoadStatus.FAILED;
    }
}
