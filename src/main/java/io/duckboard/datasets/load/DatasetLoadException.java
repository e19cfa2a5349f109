package io.duckboard.datasets.load;

import io.duckboard.platform.UserFacingException;

/** The data is not loadable as it is; the message names the object, column or row, and the reason. */
public class DatasetLoadException extends UserFacingException {

    public DatasetLoadException(String message) {
        super(message);
    }

    public DatasetLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
