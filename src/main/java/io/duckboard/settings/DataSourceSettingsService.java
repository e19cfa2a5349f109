package io.duckboard.settings;

import io.duckboard.datasets.DatasetSourceSettings;
import io.duckboard.datasets.DatasetsProperties;
import io.duckboard.datasets.DatasetsProperties.SourceType;
import io.duckboard.datasets.source.DatasetSource;
import io.duckboard.datasets.source.DatasetSources;
import io.duckboard.datasets.source.SourceObject;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.settings.repository.AppSetting;
import io.duckboard.settings.repository.AppSettingRepository;
import io.duckboard.settings.secrets.SecretCipher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data source edited in the UI. Effective value of each field: pinned by the environment → that;
 * else saved in the UI → that; else the configured default. A save validates everything first and
 * writes all fields (and their history, secrets masked) in one transaction.
 */
@Service
@Primary
public class DataSourceSettingsService implements DatasetSourceSettings {

    /** field → property key; the secret is stored encrypted under its own key. */
    static final Map<String, String> PROPERTIES = new LinkedHashMap<>();
    static final String SECRET_FIELD = "secretAccessKey";
    static final String SECRET_PROPERTY = "duckboard.datasets.s3.secret-access-key";
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d");

    static {
        PROPERTIES.put("type", "duckboard.datasets.source");
        PROPERTIES.put("endpoint", "duckboard.datasets.s3.endpoint");
        PROPERTIES.put("region", "duckboard.datasets.s3.region");
        PROPERTIES.put("bucket", "duckboard.datasets.s3.bucket");
        PROPERTIES.put("prefix", "duckboard.datasets.s3.prefix");
        PROPERTIES.put("accessKeyId", "duckboard.datasets.s3.access-key-id");
        PROPERTIES.put("pathStyle", "duckboard.datasets.s3.path-style");
        PROPERTIES.put("refreshInterval", "duckboard.datasets.refresh-interval");
    }

    private final DatasetsProperties defaults;
    private final AppSettingRepository stored;
    private final SecretCipher cipher;
    private final SettingPins pins;
    private final ChangeLog changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DataSourceSettingsService(DatasetsProperties defaults, AppSettingRepository stored, SecretCipher cipher, SettingPins pins,
                              ChangeLog changes, TransactionTemplate transactions, Clock clock) {
        this.defaults = defaults;
        this.stored = stored;
        this.cipher = cipher;
        this.pins = pins;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DataSourceForm form() {
        Map<String, String> pinned = new LinkedHashMap<>();
        PROPERTIES.forEach((field, property) -> pins.pinnedBy(property).ifPresent(where -> pinned.put(field, where)));
        pins.pinnedBy(SECRET_PROPERTY).ifPresent(where -> pinned.put(SECRET_FIELD, where));
        return new DataSourceForm(current(), pinned, ChangeLog.mask(secret().orElse(null)));
    }

    /** Validates, then saves every field that is not pinned, in one transaction. {@code newSecret} empty keeps the stored one. */
    @Transactional
    public void save(DataSourceSettings settings, @Nullable String newSecret) {
        validate(settings);
        DataSourceSettings before = current();
        Map<String, String> values = values(settings);
        Map<String, String> old = values(before);
        for (var field : values.entrySet()) {
            String property = PROPERTIES.get(field.getKey());
            if (pins.pinnedBy(property).isPresent() || Objects.equals(old.get(field.getKey()), field.getValue())) {
                continue;
            }
            put(property, field.getValue(), false);
            changes.record("SETTING", "data source", field.getKey(), old.get(field.getKey()), field.getValue());
        }
        if (newSecret != null && !newSecret.isBlank() && pins.pinnedBy(SECRET_PROPERTY).isEmpty()) {
            String previous = secret().orElse(null);
            put(SECRET_PROPERTY, cipher.encrypt(newSecret.strip()), true);
            changes.record("SETTING", "data source", SECRET_FIELD, ChangeLog.mask(previous), ChangeLog.mask(newSecret.strip()));
        }
    }

    /** Lists the source as a load would, with these settings (not saved), and says what it found. */
    public ConnectionCheck test(DataSourceSettings settings, @Nullable String newSecret) {
        long started = System.nanoTime();
        try {
            validate(settings);
            String secretKey = newSecret != null && !newSecret.isBlank() ? newSecret.strip()
                    : transactions.execute(status -> secret().orElse(null));
            DatasetSource source = DatasetSources.from(toProperties(settings, secretKey));
            try {
                List<SourceObject> objects = source.list();
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                long bytes = objects.stream().mapToLong(SourceObject::size).sum();
                return new ConnectionCheck(true, took, "Connected to %s in %d ms: %d object(s), %.1f MB.".formatted(
                        source.description(), took.toMillis(), objects.size(), bytes / 1e6));
            } finally {
                DatasetSources.closeQuietly(source);
            }
        } catch (UserFacingException e) {
            return new ConnectionCheck(false, Duration.ofNanos(System.nanoTime() - started), e.getMessage());
        }
    }

    /** Lists the source with the saved settings. */
    public ConnectionCheck testSaved() {
        return test(transactions.execute(status -> current()), null);
    }

    @Override
    public DatasetsProperties effective() {
        return transactions.execute(status -> toProperties(current(), secret().orElse(null)));
    }

    private DataSourceSettings current() {
        DatasetsProperties.S3 s3 = defaults.s3();
        return new DataSourceSettings(
                value("type", v -> SourceType.valueOf(v.toUpperCase(Locale.ROOT)), defaults.source()),
                value("endpoint", v -> v, s3.endpoint() == null ? "" : s3.endpoint().toString()),
                value("region", v -> v, s3.region()),
                value("bucket", v -> v, s3.bucket() == null ? "" : s3.bucket()),
                value("prefix", v -> v, s3.prefix()),
                value("accessKeyId", v -> v, s3.accessKeyId() == null ? "" : s3.accessKeyId()),
                value("pathStyle", Boolean::parseBoolean, s3.pathStyle()),
                value("refreshInterval", DataSourceSettingsService::duration, defaults.refreshInterval()));
    }

    /** Pinned → the configured (environment) value; else a saved value; else the configured default. */
    private <T> T value(String field, Function<String, T> parse, T configured) {
        String property = PROPERTIES.get(field);
        if (pins.pinnedBy(property).isPresent()) {
            return configured;
        }
        return stored.findById(property).map(AppSetting::value).map(parse).orElse(configured);
    }

    private Optional<String> secret() {
        if (pins.pinnedBy(SECRET_PROPERTY).isPresent()) {
            return Optional.ofNullable(defaults.s3().secretAccessKey());
        }
        return stored.findById(SECRET_PROPERTY).map(setting -> cipher.decrypt(setting.value()))
                .or(() -> Optional.ofNullable(defaults.s3().secretAccessKey()));
    }

    private DatasetsProperties toProperties(DataSourceSettings settings, @Nullable String secretKey) {
        DatasetsProperties.S3 s3 = defaults.s3();
        DatasetsProperties.S3 edited = new DatasetsProperties.S3(blankToNull(settings.bucket()), settings.prefix(),
                settings.region(), settings.endpoint().isBlank() ? null : URI.create(settings.endpoint().strip()),
                settings.pathStyle(), blankToNull(settings.accessKeyId()), secretKey, s3.partSize(), s3.parallelism(), s3.timeout());
        return new DatasetsProperties(settings.type(), defaults.local(), edited, defaults.snapshotsDir(), defaults.stagingDir(),
                settings.refreshInterval(), defaults.autoRefresh(), defaults.retention(), defaults.demo());
    }

    static void validate(DataSourceSettings settings) {
        if (settings.type() == SourceType.S3) {
            if (settings.bucket() == null || settings.bucket().isBlank()) {
                throw new UserFacingException("Enter the bucket name: an S3 source needs one.");
            }
            if (!settings.bucket().strip().matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
                throw new UserFacingException("A bucket name has 3 to 63 lower-case letters, digits, dots or dashes.");
            }
            if (!REGION.matcher(settings.region().strip()).matches()) {
                throw new UserFacingException("A region looks like us-east-1 or eu-west-3.");
            }
        }
        if (!settings.endpoint().isBlank()) {
            try {
                URI uri = URI.create(settings.endpoint().strip());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("The endpoint is an address like https://s3.example.com or http://minio:9000 (or empty for AWS).");
            }
        }
        if (settings.refreshInterval() == null || settings.refreshInterval().compareTo(Duration.ofMinutes(1)) < 0) {
            throw new UserFacingException("Check the source at most once a minute: the refresh interval must be 1 minute or more.");
        }
    }

    static Duration duration(String text) {
        try {
            return org.springframework.boot.convert.DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("'" + text + "' is not a duration: write e.g. 30m, 1h or 1d.");
        }
    }

    private void put(String property, String value, boolean secret) {
        String who = ChangeLog.currentActor();
        stored.findById(property).ifPresentOrElse(setting -> setting.set(value, clock.instant(), who),
                () -> stored.save(new AppSetting(property, value, secret, clock.instant(), who)));
    }

    private static Map<String, String> values(DataSourceSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", settings.type().name().toLowerCase(Locale.ROOT));
        values.put("endpoint", settings.endpoint().strip());
        values.put("region", settings.region().strip());
        values.put("bucket", settings.bucket().strip());
        values.put("prefix", settings.prefix().strip());
        values.put("accessKeyId", settings.accessKeyId().strip());
        values.put("pathStyle", Boolean.toString(settings.pathStyle()));
        values.put("refreshInterval", Durations.format(settings.refreshInterval()));
        return values;
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
