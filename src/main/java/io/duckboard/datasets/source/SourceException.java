package io.duckboard.datasets.source;

import io.duckboard.platform.UserFacingException;

/** The source could not be listed or read; the message says why in plain words. */
public class SourceException extends UserFacingException {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
