package io.duckboard.settings.secrets;

import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.settings.repository.AppSetting;
import io.duckboard.settings.repository.AppSettingRepository;
import io.duckboard.settings.repository.WebhookTarget;
import io.duckboard.settings.repository.WebhookTargetRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every encrypted value in the app database, checked at start-up and re-encrypted on rotation.
 * A value that does not decrypt stops start-up — with a message naming the keys involved — before
 * anything is written, so a wrong key never destroys data.
 */
@Service
public class SecretsService implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SecretsService.class);

    private final AppSettingRepository settings;
    private final WebhookTargetRepository webhooks;
    private final SecretCipher cipher;
    private final MasterKeys keys;
    private final ChangeLog changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SecretsService(AppSettingRepository settings, WebhookTargetRepository webhooks, SecretCipher cipher, MasterKeys keys,
                   ChangeLog changes, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.webhooks = webhooks;
        this.cipher = cipher;
        this.keys = keys;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the secrets page shows: the current key's id, where it comes from, how many values it protects. */
    public record KeyStatus(String currentKeyId, MasterKeys.Source source, int secrets) {
    }

    public KeyStatus status() {
        return new KeyStatus(keys.current().id(), keys.source(), transactions.execute(status -> stored().size()));
    }

    @Override
    public void afterPropertiesSet() {
        List<String> unreadable = unreadable();
        if (!unreadable.isEmpty()) {
            throw new SecretsUnreadableException(unreadable, keys);
        }
        keys.pendingRotation().ifPresentOrElse(this::finishRotation, this::reencryptOldValues);
        log.info("{} stored secret(s) readable with master key {} ({})", status().secrets(), keys.current().id(), keys.source());
    }

    /** Stored secrets that do not decrypt with the configured key(s), each named with the reason. */
    public List<String> unreadable() {
        List<String> unreadable = new ArrayList<>();
        for (StoredSecret secret : transactions.execute(status -> stored())) {
            try {
                cipher.decrypt(secret.value());
            } catch (SecretCipher.UnreadableSecretException e) {
                unreadable.add(secret.name() + " (" + e.getMessage() + ")");
            }
        }
        return unreadable;
    }

    /** A new key for the key file; every secret is re-encrypted in one transaction before the file changes. */
    public String rotate() {
        if (keys.source() == MasterKeys.Source.ENVIRONMENT) {
            throw new UserFacingException("The master key comes from " + MasterKeys.VARIABLE + ". To rotate it, set the new key "
                    + "there, put the old one in " + MasterKeys.PREVIOUS_VARIABLE + ", and restart: secrets are re-encrypted "
                    + "at start-up; then remove " + MasterKeys.PREVIOUS_VARIABLE + ".");
        }
        String before = keys.current().id();
        MasterKey next = keys.prepareRotation();
        finishRotation(next);
        transactions.executeWithoutResult(status -> changes.record("SECRETS", "master key", "key id", before, next.id()));
        return next.id();
    }

    private void finishRotation(MasterKey next) {
        int count = reencrypt(value -> cipher.encrypt(cipher.decrypt(value), next));
        keys.commitRotation(next);
        log.info("Master key rotated to {}: {} secret(s) re-encrypted", next.id(), count);
    }

    /** After an environment key change, values still under a previous key move to the current one. */
    private void reencryptOldValues() {
        String current = keys.current().id();
        boolean anyOld = transactions.execute(status -> stored().stream().anyMatch(s -> !SecretCipher.keyIdOf(s.value()).equals(current)));
        if (anyOld) {
            reencrypt(value -> SecretCipher.keyIdOf(value).equals(current) ? value : cipher.encrypt(cipher.decrypt(value)));
            log.info("Re-encrypted stored secrets written with a previous master key, now under {}", current);
        }
    }

    private int reencrypt(Function<String, String> change) {
        return transactions.execute(status -> {
            int count = 0;
            for (AppSetting setting : settings.findBySecretTrue()) {
                setting.set(change.apply(setting.value()), clock.instant(), "system");
                count++;
            }
            for (WebhookTarget target : webhooks.findAll()) {
                target.urlEncrypted(change.apply(target.urlEncrypted()));
                count++;
            }
            return count;
        });
    }

    private List<StoredSecret> stored() {
        List<StoredSecret> all = new ArrayList<>();
        settings.findBySecretTrue().forEach(s -> all.add(new StoredSecret("setting " + s.key(), s.value())));
        webhooks.findAll().forEach(w -> all.add(new StoredSecret("webhook " + w.name(), w.urlEncrypted())));
        return all;
    }

    private record StoredSecret(String name, String value) {
    }

    /** Start-up stops: stored secrets do not decrypt with the configured key(s). Nothing was changed. */
    public static class SecretsUnreadableException extends IllegalStateException {
        SecretsUnreadableException(List<String> unreadable, MasterKeys keys) {
            super(unreadable.size() + " stored secret(s) cannot be decrypted with the configured master key "
                    + keys.current().id() + " (from " + (keys.source() == MasterKeys.Source.ENVIRONMENT ? MasterKeys.VARIABLE
                    : "the key file " + keys.keyFile()) + "): " + String.join("; ", unreadable)
                    + ". Nothing was changed. Configure the key these secrets were written with — " + MasterKeys.VARIABLE
                    + " or the key file — (and keep the new one in " + MasterKeys.PREVIOUS_VARIABLE + " to rotate).");
        }
    }
}
