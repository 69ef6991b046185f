package org.rosetta.shell;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Map;

/**
 * Rosetta's entry point. With no arguments it opens the interactive shell; {@code rosetta COMMAND ARGS} runs one
 * command and exits with its status; {@code rosetta @FILE} runs a script of commands.
 */
@SpringBootApplication
// Only what the shell needs: application.properties turns the classpath-wide auto-configuration off
// (spring.boot.enableautoconfiguration=false), so a one-shot command does not evaluate every auto-configuration's
// conditions on start.
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, SpringShellAutoConfiguration.class})
public class RosettaApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the interactive shell (no arguments) in the Spring Shell application; one command or a script runs on
     * the {@link CommandCatalogue}'s registry without an application context, for a fast start.
     */
    static int run(String[] args) {
        if (args.length > 0) {
            return ModeRunner.nonInteractive(List.of(args), CommandCatalogue.runner()).status;
        }
        try (ConfigurableApplicationContext context = application(true).run(args)) {
            return SpringApplication.exit(context);
        }
    }

    /** The application as {@link #run} starts it, in interactive or one-shot mode. */
    static SpringApplication application(boolean interactive) {
        SpringApplication application = new SpringApplication(RosettaApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        // Arguments are commands, never configuration: "--pivot=fr" must not become a Spring property.
        application.setAddCommandLineProperties(false);
        application.setDefaultProperties(Map.of(
                "spring.shell.interactive.enabled", Boolean.toString(interactive),
                "spring.shell.history.enabled", Boolean.toString(interactive)));
        return application;
    }
}
