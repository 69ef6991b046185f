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

/** Wires the shell: the workspace in the current folder, the catalogue's commands, our parser, runner and prompt. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    Workspace workspace() {
        return CommandCatalogue.workspace();
    }

    /**
     * The catalogue's registry, so the shell runs the commands one-shot mode runs; Spring Shell's own (made from
     * command beans, with its quit beside ours) gives way to it.
     */
    @Bean
    CommandRegistry commandRegistry(Workspace workspace, Terminal terminal, InteractiveTerminal keys) {
        return CommandCatalogue.registry(workspace, terminal, keys);
    }

    @Bean
    ArgumentParser commandParser(CommandRegistry registry) {
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
