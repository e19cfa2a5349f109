package io.duckboard.settings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.flags.FlagState;
import io.duckboard.platform.flags.RuntimeFlags;
import io.duckboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Runtime flags: ADMINs change them, ANALYSTs see them. Pinned flags show where they are set. */
@Route("settings/flags")
@PageTitle("Runtime flags · Duckboard")
@Menu(title = "Runtime flags", order = 72, icon = "vaadin:flag-o")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class FlagsView extends VerticalLayout {

    private final RuntimeFlags flags;
    private final boolean admin;
    private final Grid<FlagState> grid = new Grid<>();

    public FlagsView(RuntimeFlags flags, AuthenticationContext authentication) {
        this.flags = flags;
        this.admin = authentication.hasRole(Roles.ADMIN);
        setId("flags-view");
        grid.setId("flags-grid");
        grid.addColumn(state -> state.flag().name()).setHeader("Flag").setAutoWidth(true);
        grid.addComponentColumn(this::editor).setHeader("Value").setKey("value").setAutoWidth(true);
        grid.addColumn(state -> switch (state.source()) {
            case DEFAULT -> "default";
            case SETTINGS -> "set here";
            case ENVIRONMENT -> "set by the environment (" + state.pinnedBy() + ")";
        }).setHeader("Source").setKey("source").setAutoWidth(true);
        grid.addColumn(state -> state.flag().description()).setHeader("What it does").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2("Runtime flags"), new Paragraph("Changes apply within 30 seconds on every instance, without a restart."), grid);
        grid.setItems(flags.all());
    }

    private TextField editor(FlagState state) {
        TextField value = new TextField();
        value.setId("flag-" + state.flag().name());
        value.setValue(state.value());
        value.setReadOnly(!admin || state.pinned());
        value.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                flags.set(state.flag(), change.getValue());
                grid.setItems(flags.all());
                Notification.show(state.flag().name() + " = " + change.getValue().strip().toLowerCase());
            } catch (UserFacingException e) {
                value.setErrorMessage(e.getMessage());
                value.setInvalid(true);
            }
        });
        return value;
    }
}
