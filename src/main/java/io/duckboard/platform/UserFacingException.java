package io.duckboard.platform;

/** An error whose message tells a user what to fix; the UI shows it as it is. Never put secrets in it. */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
