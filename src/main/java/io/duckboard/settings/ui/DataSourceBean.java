package io.duckboard.settings.ui;

import io.duckboard.datasets.DatasetsProperties.SourceType;
import io.duckboard.settings.DataSourceSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/** The form's bean: Bean Validation gives each field its message; {@link DataSourceSettingsView} adds the cross-field rules. */
public class DataSourceBean {

    @NotNull(message = "Choose local or S3")
    private SourceType type = SourceType.LOCAL;
    @Pattern(regexp = "^$|^https?://[^\\s/]+(/.*)?$", message = "An address like https://s3.example.com or http://minio:9000, or empty for AWS")
    private String endpoint = "";
    @Pattern(regexp = "^$|^[a-z]{2}(-[a-z0-9]+)+-\\d$", message = "A region looks like us-east-1 or eu-west-3")
    private String region = "";
    @Pattern(regexp = "^$|^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", message = "3 to 63 lower-case letters, digits, dots or dashes")
    private String bucket = "";
    @Size(max = 512, message = "At most 512 characters")
    private String prefix = "";
    @Size(max = 128, message = "At most 128 characters")
    private String accessKeyId = "";
    private boolean pathStyle;
    @NotBlank(message = "Write e.g. 30m, 1h or 1d")
    @Pattern(regexp = "^\\d+\\s*(s|m|h|d)$", message = "Write e.g. 30m, 1h or 1d")
    private String refreshInterval = "1h";

    static DataSourceBean of(DataSourceSettings settings) {
        DataSourceBean bean = new DataSourceBean();
        bean.type = settings.type();
        bean.endpoint = settings.endpoint();
        bean.region = settings.region();
        bean.bucket = settings.bucket();
        bean.prefix = settings.prefix();
        bean.accessKeyId = settings.accessKeyId();
        bean.pathStyle = settings.pathStyle();
        bean.refreshInterval = io.duckboard.settings.Durations.format(settings.refreshInterval());
        return bean;
    }

    DataSourceSettings toSettings() {
        return new DataSourceSettings(type, endpoint.strip(), region.strip(), bucket.strip(), prefix.strip(), accessKeyId.strip(),
                pathStyle, org.springframework.boot.convert.DurationStyle.detectAndParse(refreshInterval.replace(" ", "")));
    }

    public SourceType getType() { return type; }
    public void setType(SourceType type) { this.type = type; }
    public String getEndpoint() { return endpoint; }
    public void setEndpoint(String endpoint) { this.endpoint = endpoint == null ? "" : endpoint; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region == null ? "" : region; }
    public String getBucket() { return bucket; }
    public void setBucket(String bucket) { this.bucket = bucket == null ? "" : bucket; }
    public String getPrefix() { return prefix; }
    public void setPrefix(String prefix) { this.prefix = prefix == null ? "" : prefix; }
    public String getAccessKeyId() { return accessKeyId; }
    public void setAccessKeyId(String accessKeyId) { this.accessKeyId = accessKeyId == null ? "" : accessKeyId; }
    public boolean isPathStyle() { return pathStyle; }
    public void setPathStyle(boolean pathStyle) { this.pathStyle = pathStyle; }
    public String getRefreshInterval() { return refreshInterval; }
    public void setRefreshInterval(String refreshInterval) { this.refreshInterval = refreshInterval == null ? "" : refreshInterval; }
}
