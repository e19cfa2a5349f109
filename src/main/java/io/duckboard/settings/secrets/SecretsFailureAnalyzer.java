package io.duckboard.settings.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A wrong master key or a bad key value: a short report instead of a stack trace. */
class SecretsFailureAnalyzer extends AbstractFailureAnalyzer<IllegalStateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IllegalStateException cause) {
        if (cause instanceof SecretsService.SecretsUnreadableException || cause instanceof MasterKeys.InvalidMasterKeyException) {
            return new FailureAnalysis(cause.getMessage(), "Set " + MasterKeys.VARIABLE + " (base64 of 32 bytes) to the key the "
                    + "secrets were written with, or restore the key file; the app database was not modified.", cause);
        }
        return null;
    }
}
