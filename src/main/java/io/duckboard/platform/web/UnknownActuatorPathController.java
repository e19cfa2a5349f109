package io.duckboard.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Without this, a mistyped actuator address (say {@code /actuator/helth}) falls through to the UI and
 * answers 200, and an uptime monitor pointed at it would report "healthy" forever. Actuator's own
 * endpoints are mapped first; anything else under {@code /actuator} is a 404 problem. Likewise under
 * {@code /api} for callers allowed there.
 */
@RestController
class UnknownActuatorPathController {

    @RequestMapping("/actuator/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No actuator endpoint at " + request.getRequestURI()
                        + ". Known: /actuator/health, /actuator/health/liveness, /actuator/health/readiness, "
                        + "/actuator/info, /actuator/prometheus.");
        problem.setTitle("Unknown actuator endpoint");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The same for the APIs: an address or method no endpoint answers is a 404 problem, never the UI's page. */
    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknownApi(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No API endpoint answers " + request.getMethod() + " " + request.getRequestURI()
                        + ". The audits API: GET /api/audits, POST /api/audits/run/{id}, GET /api/audits/session[?runId=…].");
        problem.setTitle("Unknown API endpoint");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
