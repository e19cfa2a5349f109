package io.duckboard.settings.webhooks;

import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.settings.repository.WebhookTarget;
import io.duckboard.settings.repository.WebhookTargetRepository;
import io.duckboard.settings.secrets.SecretCipher;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notification targets: add, remove, list (masked), send a test message, and deliver for alerts. */
@Service
public class WebhookService {

    private final WebhookTargetRepository targets;
    private final SecretCipher cipher;
    private final WebhookSender sender;
    private final ChangeLog changes;
    private final Clock clock;

    WebhookService(WebhookTargetRepository targets, SecretCipher cipher, WebhookSender sender, ChangeLog changes, Clock clock) {
        this.targets = targets;
        this.cipher = cipher;
        this.sender = sender;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WebhookTargetView> list() {
        return targets.findAllByOrderByName().stream().map(this::view).toList();
    }

    @Transactional
    public WebhookTargetView add(String name, WebhookKind kind, String url) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new UserFacingException("Give the target a name of 1 to 100 characters, e.g. 'ops-slack'.");
        }
        validateUrl(url);
        if (targets.findByNameIgnoreCase(trimmed).isPresent()) {
            throw new UserFacingException("There is already a target called '" + trimmed + "'.");
        }
        WebhookTarget saved = targets.save(new WebhookTarget(trimmed, kind, cipher.encrypt(url.strip()), clock.instant()));
        changes.record("WEBHOOK", trimmed, "created", null, kind + " " + ChangeLog.mask(url.strip()));
        return view(saved);
    }

    @Transactional
    public void remove(long id) {
        WebhookTarget target = targets.findById(id).orElseThrow(() -> new UserFacingException("That target no longer exists."));
        targets.delete(target);
        changes.record("WEBHOOK", target.name(), "removed", target.kind().name(), null);
    }

    /** Sends a harmless message so that the owner sees it arrive where alerts will. */
    @Transactional(readOnly = true)
    public Delivery sendTest(long id) {
        WebhookTarget target = targets.findById(id).orElseThrow(() -> new UserFacingException("That target no longer exists."));
        return sender.send(target.kind(), cipher.decrypt(target.urlEncrypted()), "Duckboard test message",
                "If you can read this, alerts for '" + target.name() + "' will arrive here.", Map.of("test", true));
    }

    /** Delivers a message to a target by id (used by alert routing). */
    @Transactional(readOnly = true)
    public Delivery deliver(long id, String title, String text, Map<String, Object> fields) {
        WebhookTarget target = targets.findById(id).orElseThrow(() -> new UserFacingException("That target no longer exists."));
        return sender.send(target.kind(), cipher.decrypt(target.urlEncrypted()), title, text, fields);
    }

    /** Whether the target answers at all, without posting a message (an HTTP GET; any HTTP status counts as reachable). */
    @Transactional(readOnly = true)
    public Delivery probe(long id) {
        WebhookTarget target = targets.findById(id).orElseThrow(() -> new UserFacingException("That target no longer exists."));
        return sender.probe(cipher.decrypt(target.urlEncrypted()));
    }

    static void validateUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && isLocal(uri.getHost()))) {
            throw new UserFacingException("Enter the full webhook address, starting with https:// (or http:// on a local network).");
        }
    }

    /** Plain http only where the traffic stays on the owner's network: the token in the URL must not cross the internet. */
    static boolean isLocal(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || !h.contains(".") || h.endsWith(".local") || h.endsWith(".lan") || h.endsWith(".internal")
                || h.startsWith("127.") || h.startsWith("10.") || h.startsWith("192.168.") || h.matches("172\\.(1[6-9]|2\\d|3[01])\\..*")
                || h.equals("[::1]");
    }

    private WebhookTargetView view(WebhookTarget target) {
        String url = cipher.decrypt(target.urlEncrypted());
        URI uri = URI.create(url);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new WebhookTargetView(target.id(), target.name(), target.kind(),
                uri.getScheme() + "://" + uri.getHost() + port + "/" + ChangeLog.mask(url));
    }
}
