package io.duckboard.settings.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.datasets.DatasetsProperties.SourceType;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import io.duckboard.settings.ConnectionCheck;
import io.duckboard.settings.DataSourceForm;
import io.duckboard.settings.DataSourceSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Data source settings. ADMINs edit; ANALYSTs see them read-only (the secret is masked either way).
 * A field pinned by the environment is read-only with "set by the environment".
 */
@Route("settings/data-source")
@PageTitle("Data source · Duckboard")
@Menu(title = "Data source", order = 70, icon = "vaadin:cloud-o")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class DataSourceSettingsView extends VerticalLayout {

    private final DataSourceSettingsService settings;
    private final BeanValidationBinder<DataSourceBean> binder = new BeanValidationBinder<>(DataSourceBean.class);
    private final RadioButtonGroup<SourceType> type = new RadioButtonGroup<>("Source");
    private final TextField endpoint = new TextField("Endpoint (S3-compatible servers)");
    private final TextField region = new TextField("Region");
    private final TextField bucket = new TextField("Bucket");
    private final TextField prefix = new TextField("Prefix");
    private final TextField accessKeyId = new TextField("Access key id");
    private final PasswordField secret = new PasswordField("Secret access key");
    private final Checkbox pathStyle = new Checkbox("Path-style access (MinIO and most S3-compatible servers)");
    private final TextField refreshInterval = new TextField("Refresh interval");
    private final Span result = new Span();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    public DataSourceSettingsView(DataSourceSettingsService settings, AuthenticationContext authentication) {
        this.settings = settings;
        setId("data-source-settings");
        type.setItems(SourceType.values());
        type.setItemLabelGenerator(t -> t == SourceType.LOCAL ? "Local folder" : "S3 bucket");
        refreshInterval.setHelperText("e.g. 30m, 1h, 1d");
        secret.setId("secret-access-key");
        result.setId("connection-result");
        binder.forField(type).bind("type");
        binder.forField(endpoint).bind("endpoint");
        binder.forField(region).bind("region");
        binder.forField(bucket).asRequired(this::bucketRequired).bind("bucket");
        binder.forField(prefix).bind("prefix");
        binder.forField(accessKeyId).bind("accessKeyId");
        binder.forField(pathStyle).bind("pathStyle");
        binder.forField(refreshInterval).bind("refreshInterval");
        fields.putAll(Map.of("type", type, "endpoint", endpoint, "region", region, "bucket", bucket, "prefix", prefix,
                "accessKeyId", accessKeyId, "pathStyle", pathStyle, "refreshInterval", refreshInterval, "secretAccessKey", secret));
        fields.forEach((name, field) -> ((com.vaadin.flow.component.Component) field).setId("field-" + name));
        FormLayout form = new FormLayout(type, endpoint, region, bucket, prefix, accessKeyId, secret, pathStyle, refreshInterval);
        Button save = new Button("Save", click -> save());
        save.setId("save-data-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button test = new Button("Test connection", click -> test());
        test.setId("test-connection");
        boolean admin = authentication.hasRole(Roles.ADMIN);
        save.setVisible(admin);
        add(new H2("Data source"), new Paragraph("Where dataset loads read from. A test lists the prefix without saving."),
                form, new HorizontalLayout(save, test), result);
        load(admin);
    }

    private com.vaadin.flow.data.binder.ValidationResult bucketRequired(String value, com.vaadin.flow.data.binder.ValueContext context) {
        return type.getValue() == SourceType.S3 && (value == null || value.isBlank())
                ? com.vaadin.flow.data.binder.ValidationResult.error("Enter the bucket name: an S3 source needs one.")
                : com.vaadin.flow.data.binder.ValidationResult.ok();
    }

    private void load(boolean admin) {
        DataSourceForm form = settings.form();
        binder.readBean(DataSourceBean.of(form.settings()));
        secret.clear();
        secret.setPlaceholder(form.maskedSecret().isEmpty() ? "not set" : form.maskedSecret() + " (type to replace)");
        fields.forEach((name, field) -> {
            String pinnedBy = form.pinned().get(name);
            field.setReadOnly(!admin || pinnedBy != null);
            if (pinnedBy != null && field instanceof com.vaadin.flow.component.HasHelper helper) {
                helper.setHelperText("Set by the environment (" + pinnedBy + ")");
            }
        });
    }

    private void save() {
        DataSourceBean bean = new DataSourceBean();
        if (!binder.writeBeanIfValid(bean)) {
            result.setText("Fix the fields marked in red, then save again.");
            return;
        }
        try {
            settings.save(bean.toSettings(), secret.getValue());
            result.setText("Saved. The next load uses these settings.");
            load(true);
        } catch (UserFacingException e) {
            result.setText(e.getMessage());
        }
    }

    private void test() {
        DataSourceBean bean = new DataSourceBean();
        if (!binder.writeBeanIfValid(bean)) {
            result.setText("Fix the fields marked in red, then test again.");
            return;
        }
        ConnectionCheck check = settings.test(bean.toSettings(), secret.getValue());
        result.setText((check.ok() ? "✔ " : "✘ ") + check.message());
        result.getElement().setAttribute("data-ok", Boolean.toString(check.ok()).toLowerCase(Locale.ROOT));
    }
}
