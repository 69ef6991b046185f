package org.rosetta.shell;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's {@code help} shows an example, and every example is a command line the parser accepts as it
 * stands: its command, options and the number of arguments its usage line allows.
 */
class HelpExamplesTest {

    @Test
    void everyCommandHasAnExampleThatParses() {
        StandardStreams streams = new StandardStreams();
        try (ConfigurableApplicationContext context = RosettaApplication.application(false).run("help")) {
            CommandRegistry registry = context.getBean(CommandRegistry.class);
            ArgumentParser parser = context.getBean(ArgumentParser.class);
            List<String> names = registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName)
                    .toList();
            assertThat(names).doesNotHaveDuplicates();
            assertThat(names).contains("search", "review", "history", "quit").hasSizeGreaterThan(25);
            for (String name : names) {
                String example = HelpCommand.EXAMPLES.getProperty(name);
                assertThat(example).as("the example of %s", name).isNotBlank();
                assertThat(parser.parse(example).commandName()).as(example).isEqualTo(name);
            }
            assertThat(HelpCommand.EXAMPLES.stringPropertyNames()).allSatisfy(name ->
                    assertThat(names).as("an example for a command that exists").contains(name));
        } finally {
            streams.restore();
        }
    }
}
