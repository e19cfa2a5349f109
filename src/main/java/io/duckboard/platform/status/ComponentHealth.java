package io.duckboard.platform.status;

import java.util.Map;

/** One health component as the UI shows it: {@code duckdb UP {file=…, version=…}}. */
public record ComponentHealth(String name, String status, Map<String, Object> details) {

    public boolean isUp() {
        return "UP".equals(status);
    }
}
