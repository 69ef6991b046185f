package org.rosetta.shell;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import org.rosetta.corpus.Workspace;
import org.rosetta.corpus.WorkspaceLayout;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.core.command.annotation.Option;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every Rosetta command, made without a Spring context: one-shot and script mode start in a fraction of the time
 * an application context takes (its configuration parsing and condition evaluation alone cost more than the whole
 * command). The command objects are made here with what they need (the workspace, the terminal style, the
 * interactive terminal, which stays empty outside the shell), and each {@code @Command} method becomes a command the
 * way Spring Shell's own factory makes it from a bean ({@link MethodInvokerCommandAdapter}, the same names, groups
 * and options), so both modes run the same code; {@code CommandCatalogueTest} checks the two registries agree.
 * The interactive shell keeps the Spring Shell application (JLine, history, completion).
 */
final class CommandCatalogue {

    private CommandCatalogue() {
    }

    /** A runner of one-shot commands and scripts in the workspace and terminal the process was started with. */
    static CommandRunner runner() {
        Logging.quiet();
        CommandRegistry registry = registry(workspace(), Terminal.ofProcess(), new InteractiveTerminal());
        return CommandRunner.onStandardStreams(new ArgumentParser(registry), registry);
    }

    /** The current folder; {@code -Drosetta.workspace=DIR} names another (the launcher never sets it; tests do). */
    static Workspace workspace() {
        return new Workspace(WorkspaceLayout.under(Path.of(System.getProperty("rosetta.workspace", ""))
                .toAbsolutePath()));
    }

    /** The registry of every command, the shell's own ones included. */
    static CommandRegistry registry(Workspace workspace, Terminal terminal, InteractiveTerminal keys) {
        Set<Command> commands = new LinkedHashSet<>();
        ConfigurableConversionService conversion = conversion();
        for (Object holder : List.of(new AlignCommands(workspace), new BuildCommands(workspace), new EvalCommands(),
                new ExchangeCommands(workspace), new QaCommands(workspace, terminal),
                new QueryCommands(workspace, terminal), new ReportCommands(workspace),
                new ReviewCommands(workspace, terminal, keys), new SegmentCommands())) {
            commands.addAll(commandsOf(holder, conversion));
        }
        commands.addAll(builtins(keys, workspace));
        return new CommandRegistry(commands);
    }

    /** The shell's own commands ({@code help}, {@code history}, {@code clear}, {@code quit}), in both modes. */
    static List<Command> builtins(InteractiveTerminal keys, Workspace workspace) {
        return List.of(new HelpCommand(), new SessionCommands.History(keys, workspace),
                new SessionCommands.Clear(Boolean.getBoolean("rosetta.tty")), new SessionCommands.Quit());
    }

    /**
     * What the commands' parameters take: whole and decimal numbers and true or false, from option values that
     * {@link ArgumentParser} has already checked; other values pass as they are. Spring's default service, with its
     * hundred converters, takes longer to make than a help command to run.
     */
    static ConfigurableConversionService conversion() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(String.class, Integer.class, value -> Integer.valueOf(value.strip()));
        conversion.addConverter(String.class, Long.class, value -> Long.valueOf(value.strip()));
        conversion.addConverter(String.class, Double.class, Double::valueOf);
        conversion.addConverter(String.class, Boolean.class, Boolean::valueOf);
        return conversion;
    }

    /**
     * The {@code @Command} methods of {@code holder} as commands (in no particular order: {@code help} sorts). A
     * parameter of a type {@link #conversion} does not make, or one with a Bean Validation constraint (which
     * {@link NoConstraints} would not check), is refused when the catalogue is made, so a command cannot work in the
     * shell and fail one-shot.
     */
    static List<Command> commandsOf(Object holder, ConfigurableConversionService conversion) {
        List<Command> commands = new ArrayList<>();
        for (Method method : holder.getClass().getDeclaredMethods()) {
            // read as written, not merged (Spring's merged annotations cost a tenth of a second on start): our
            // commands name their attributes, and CommandCatalogueTest compares the result with Spring Shell's
            org.springframework.shell.core.command.annotation.Command annotation = method.getAnnotation(
                    org.springframework.shell.core.command.annotation.Command.class);
            if (annotation == null) {
                continue;
            }
            for (Parameter parameter : method.getParameters()) {
                requireSupported(method, parameter);
            }
            MethodInvokerCommandAdapter command = new MethodInvokerCommandAdapter(String.join(" ", annotation.name()),
                    annotation.description().isEmpty() ? "N/A" : annotation.description(), annotation.group(),
                    annotation.help(), annotation.hidden(), method, holder, conversion, NoConstraints.VALIDATOR);
            command.setAliases(List.of(annotation.alias()));
            command.setOptions(options(method));
            commands.add(command);
        }
        return commands;
    }

    /** What {@link #conversion} makes from an option's string, the context, and arguments as a list. */
    private static final Set<Class<?>> SUPPORTED = Set.of(String.class, Integer.class, int.class, Long.class,
            long.class, Double.class, double.class, Boolean.class, boolean.class, List.class, CommandContext.class);

    private static void requireSupported(Method method, Parameter parameter) {
        Class<?> type = parameter.getType();
        boolean made = SUPPORTED.contains(type);
        boolean constrained = java.util.Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType()
                .getPackageName().startsWith("jakarta.validation"));
        if (!made || constrained) {
            throw new IllegalStateException(method + ": parameter " + parameter.getName() + " ("
                    + type.getSimpleName() + ") " + (made ? "has a validation constraint" : "cannot be converted")
                    + "; one-shot mode would not treat it as the shell does (see CommandCatalogue.conversion)");
        }
    }

    private static List<CommandOption> options(Method method) {
        List<CommandOption> options = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Option option = parameter.getAnnotation(Option.class);
            if (option != null) {
                options.add(CommandOption.with().shortName(option.shortName())
                        .longName(option.longName().isEmpty() ? parameter.getName() : option.longName())
                        .description(option.description()).required(option.required())
                        .defaultValue(option.defaultValue()).type(parameter.getType()).build());
            }
        }
        return options;
    }

    /**
     * Bean Validation with no constraints to check: no command parameter carries one (their values are checked by
     * {@link ArgumentParser} and {@link OptionValues}), and bootstrapping a provider would cost more than the rest.
     */
    private static final class NoConstraints implements Validator, ExecutableValidator {

        static final NoConstraints VALIDATOR = new NoConstraints();

        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String property, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> type, String property, Object value,
                                                             Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> type) {
            throw new UnsupportedOperationException("no constraints are declared");
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("no validation provider behind " + type);
        }

        @Override
        public ExecutableValidator forExecutables() {
            return this;
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] values,
                                                                  Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object value,
                                                                   Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
                                                                             Object[] values, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
                                                                              T created, Class<?>... groups) {
            return Set.of();
        }
    }
}
