package io.duckboard.audits;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every {@link Audit} bean, by id, in a stable order. */
@Component
public class AuditRegistry {

    private final Map<String, Audit> audits = new LinkedHashMap<>();

    AuditRegistry(List<Audit> beans) {
        beans.stream().sorted(Comparator.comparing(Audit::id)).forEach(audit -> {
            if (!audit.id().matches("[a-z0-9]+(-[a-z0-9]+)*") || audit.id().length() > 64) {
                throw new IllegalStateException("Audit id '" + audit.id() + "' must be lower-case words joined by dashes");
            }
            if (audits.putIfAbsent(audit.id(), audit) != null) {
                throw new IllegalStateException("Two audits share the id '" + audit.id() + "'");
            }
        });
    }

    public List<Audit> all() {
        return List.copyOf(audits.values());
    }

    /** The audit's title, or the id itself for runs of an audit that no longer exists. */
    public String title(String id) {
        Audit audit = audits.get(id);
        return audit == null ? id : audit.title();
    }

    public Audit get(String id) {
        Audit audit = audits.get(id);
        if (audit == null) {
            throw new UnknownAuditException(id, audits.keySet());
        }
        return audit;
    }
}
