package io.duckboard.platform.environment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad {@code APP_ENV} into Spring Boot's short "APPLICATION FAILED TO START" report, without a stack trace. */
class UnknownEnvironmentFailureAnalyzer extends AbstractFailureAnalyzer<EnvironmentDetector.UnknownEnvironmentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EnvironmentDetector.UnknownEnvironmentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set APP_ENV to one of: " + AppEnvironment.allowedValues() + " (or unset it).", cause);
    }
}
