package io.duckboard.audits.api;

import io.duckboard.platform.UserFacingException;

/** Asked for a run id that does not exist (or was removed by retention). */
class UnknownRunException extends UserFacingException {

    UnknownRunException(long runId) {
        super("There is no audit run " + runId + ". GET /api/audits/session lists the latest run of each audit.");
    }
}
