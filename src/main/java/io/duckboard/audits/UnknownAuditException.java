package io.duckboard.audits;

import io.duckboard.platform.UserFacingException;
import java.util.Collection;

/** Asked for an audit id that does not exist; the message names the ones that do. */
public class UnknownAuditException extends UserFacingException {

    public UnknownAuditException(String id, Collection<String> known) {
        super("There is no audit '" + id + "'. Known audits: " + String.join(", ", known) + ".");
    }
}
