package io.duckboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import io.duckboard.datasets.generator.GenerateCommand;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Entry point: one Spring Boot application serving the Vaadin UI, the APIs and actuator. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
public class DuckboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
            System.exit(GenerateCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(DuckboardApplication.class, args);
    }

    /** The tab icon (tomato and saffron bars, the "Back to the Kitchen" palette); browsers asked for /favicon.ico before. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/duckboard.svg", "any");
    }

    /** Logic asks this clock for the time so tests can pin it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
