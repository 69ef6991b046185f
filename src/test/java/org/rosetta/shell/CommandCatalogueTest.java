package org.rosetta.shell;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot mode runs on {@link CommandCatalogue}'s registry, and the interactive shell's Spring application on the
 * same registry as its bean: both hold the same commands with the same names, groups, descriptions, usage lines
 * and options (names, types, defaults, whether required), and nothing Spring Shell registers of its own (its quit,
 * help or version) slips in beside them.
 */
class CommandCatalogueTest {

    @Test
    void theShellRunsTheCataloguesCommandsAndNoOthers() {
        StandardStreams streams = new StandardStreams();
        Map<String, String> shell;
        try (ConfigurableApplicationContext context = RosettaApplication.application(false).run("help")) {
            CommandRegistry registry = context.getBean(CommandRegistry.class);
            assertThat(registry.getCommands()).allMatch(command -> command.getClass().getPackageName()
                    .equals("org.rosetta.shell"));
            shell = describe(registry);
        } finally {
            streams.restore();
        }
        Map<String, String> catalogue = describe(CommandCatalogue.registry(CommandCatalogue.workspace(),
                Terminal.ofProcess(), new InteractiveTerminal()));
        assertThat(catalogue).hasSizeGreaterThan(25).isEqualTo(shell);
    }

    @Test
    void oneShotCommandsRunAndRefuseAsBefore() {
        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"help", "search"})).isZero();
            assertThat(streams.out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Usage: search QUERY");
            assertThat(RosettaApplication.run(new String[] {"serach"})).isEqualTo(2);
            assertThat(streams.err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("unknown command 'serach' (did you mean 'search'?)");
        } finally {
            streams.restore();
        }
    }

    private static Map<String, String> describe(CommandRegistry registry) {
        Map<String, String> described = new TreeMap<>();
        for (Command command : registry.getCommands()) {
            List<String> options = command.getOptions().stream().map(CommandCatalogueTest::describe).toList();
            described.put(command.getName(), String.join(" | ", command.getGroup(), command.getDescription(),
                    command.getHelp(),
                    String.valueOf(command.isHidden()), String.valueOf(command.getAliases()), options.toString()));
        }
        return described;
    }

    private static String describe(CommandOption option) {
        return option.longName() + "/" + option.shortName() + ":" + option.type().getSimpleName() + "="
                + option.defaultValue() + (Boolean.TRUE.equals(option.required()) ? " required" : "") + " "
                + option.description();
    }
}
