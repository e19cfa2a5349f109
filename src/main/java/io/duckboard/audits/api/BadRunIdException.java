package io.duckboard.audits.api;

/** {@code ?runId=} that is not a run number: said in the words of the API, not of the type converter. */
class BadRunIdException extends RuntimeException {

    BadRunIdException(String message) {
        super(message);
    }

    static long parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("[0-9]{1,18}")) {
            String shown = trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed;
            throw new BadRunIdException("runId must be a run number such as 42 (got '" + shown
                    + "'). Leave it out to get the latest run of each audit.");
        }
        return Long.parseLong(trimmed);
    }
}
