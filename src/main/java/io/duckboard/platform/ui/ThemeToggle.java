package io.duckboard.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import io.duckboard.platform.logging.UserActions;
import java.util.Map;

/** Switches light/dark; the choice is remembered per browser in localStorage. */
public class ThemeToggle extends Button {

    static final String STORAGE_KEY = "duckboard.color-scheme";
    private boolean dark;

    public ThemeToggle(UserActions userActions) {
        setId("theme-toggle");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(click -> {
            apply(!dark);
            getElement().executeJs("localStorage.setItem($0, $1)", STORAGE_KEY, dark ? "dark" : "light");
            userActions.action("theme", Map.of("scheme", dark ? "dark" : "light"));
        });
        apply(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("return localStorage.getItem($0)", STORAGE_KEY)
                .then(String.class, stored -> apply("dark".equals(stored)));
    }

    public boolean isDark() {
        return dark;
    }

    private void apply(boolean useDark) {
        dark = useDark;
        setIcon((useDark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        setAriaLabel(useDark ? "Switch to light theme" : "Switch to dark theme");
        setTooltipText(useDark ? "Light theme" : "Dark theme");
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(useDark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
    }
}
