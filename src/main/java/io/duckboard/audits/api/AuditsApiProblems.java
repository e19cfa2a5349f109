package io.duckboard.audits.api;

import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.UnknownAuditException;
import io.duckboard.platform.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The audits API's errors as RFC 9457 problem details that say what to do. */
@RestControllerAdvice(assignableTypes = AuditsApiController.class)
class AuditsApiProblems {

    private final AuditRegistry registry;

    AuditsApiProblems(AuditRegistry registry) {
        this.registry = registry;
    }

    @ExceptionHandler(UnknownAuditException.class)
    ProblemDetail unknownAudit(UnknownAuditException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown audit");
        problem.setProperty("knownIds", registry.all().stream().map(io.duckboard.audits.Audit::id).toList());
        return problem;
    }

    @ExceptionHandler(UnknownRunException.class)
    ProblemDetail unknownRun(UnknownRunException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown audit run");
        return problem;
    }

    @ExceptionHandler(BadRunIdException.class)
    ProblemDetail badRunId(BadRunIdException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a run id");
        return problem;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Cannot start the run now");
        return problem;
    }
}
