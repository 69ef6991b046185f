package org.rosetta.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.rosetta.corpus.Workspace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

/** Wires the shell: the workspace in the current folder, our parser and runner, the prompt. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    Workspace workspace() {
        return CommandCatalogue.workspace();
    }

    @Bean
    ArgumentParser commandParser(CommandRegistry registry, InteractiveTerminal keys, Workspace workspace) {
        // Spring Shell registers its own quit beside ours (SessionCommands.Quit); the registry is a set, so which
        // one a name finds would be chance
        registry.unregisterCommand(org.springframework.shell.core.utils.Utils.QUIT_COMMAND);
        CommandCatalogue.builtins(keys, workspace).forEach(registry::registerCommand);
        return new ArgumentParser(registry);
    }

    @Bean
    CommandRunner commandRunner(ArgumentParser parser, CommandRegistry registry) {
        return CommandRunner.onStandardStreams(parser, registry);
    }

    /** Named as Spring Shell's runner bean, so it replaces it. */
    @Bean
    ApplicationRunner springShellApplicationRunner(ObjectProvider<InteractiveShell> interactive,
                                                   ObjectProvider<CommandRunner> commands) {
        return new ModeRunner(interactive, commands);
    }

    /** Made only in interactive mode: the JLine reader it needs exists only then. */
    @Bean
    @org.springframework.context.annotation.Lazy
    InteractiveShell interactiveShell(org.jline.reader.LineReader reader, PromptProvider prompt,
                                      CommandRunner commands, InteractiveTerminal keys, CommandRegistry registry,
                                      Workspace workspace) {
        return new InteractiveShell(reader, prompt, commands, keys, new Completion(registry, workspace));
    }

    @Bean
    InteractiveTerminal interactiveTerminal() {
        return new InteractiveTerminal();
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("rosetta> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    @Bean
    Terminal terminalStyle() {
        return Terminal.ofProcess();
    }
}
