package org.rosetta.shell;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Option;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;

/**
 * One {@code @Command} method as a command, in the shell and one-shot alike: each parameter is filled from the
 * parsed input (the context; an {@code @Option} by long or short name, else its default, else null; an
 * {@code @Argument} by index, else its default; {@code @Arguments} as the list of all arguments), converted to its
 * declared type, and the method invoked; a value it returns is printed. Binds as Spring Shell's
 * {@code MethodInvokerCommandAdapter} does ({@code MethodCommandTest} runs both on the same input), without its
 * costs on every call: it renders the whole command context for a debug message nobody sees (a record's
 * {@code toString}, 40 ms of a cold start), and works out a primitive's default through a class whose static
 * initialiser bootstraps Bean Validation and Logback. Option values reach it already checked against their type by
 * {@link ArgumentParser}. Thread-safe to describe (its options are read once, under a lock); as thread-safe to run
 * as the method it calls.
 */
final class MethodCommand extends AbstractCommand {

    /** The parameter types a command method may take; anything else is refused when its options are read. */
    private static final Set<Class<?>> SUPPORTED = Set.of(String.class, Integer.class, int.class, Long.class, long.class,
            Double.class, double.class, Boolean.class, boolean.class, List.class, CommandContext.class);

    private final Method method;
    private final Object holder;
    private boolean optionsRead;

    MethodCommand(org.springframework.shell.core.command.annotation.Command annotation, Method method,
                  Object holder) {
        super(String.join(" ", annotation.name()), annotation.description().isEmpty() ? "N/A"
                : annotation.description(), annotation.group(), annotation.help(), annotation.hidden());
        this.method = method;
        this.holder = holder;
        method.setAccessible(true);
        setAliases(List.of(annotation.alias()));
    }

    /**
     * The options, read from the parameters' annotations the first time they are asked for: a one-shot command
     * needs only its own, and reading every command's parameter annotations costs a fifth of the start. A parameter
     * this class cannot bind fails here ({@code MethodCommandTest} asks every command).
     */
    @Override
    public synchronized List<CommandOption> getOptions() {
        if (!optionsRead) {
            for (Parameter parameter : method.getParameters()) {
                requireSupported(method, parameter);
            }
            setOptions(options(method));
            optionsRead = true;
        }
        return super.getOptions();
    }

    /** The method this command calls. */
    Method method() {
        return method;
    }

    /** The object whose method it calls. */
    Object holder() {
        return holder;
    }

    @Override
    public ExitStatus doExecute(CommandContext context) throws Exception {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(parameters[i], context);
        }
        Object result;
        try {
            result = method.invoke(holder, values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (result != null) {
            context.outputWriter().println(result);
            context.outputWriter().flush();
        }
        return ExitStatus.OK;
    }

    private static Object value(Parameter parameter, CommandContext context) {
        Class<?> type = parameter.getType();
        if (type == CommandContext.class) {
            return context;
        }
        if (parameter.getAnnotation(Arguments.class) != null) {
            return context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        }
        Option option = parameter.getAnnotation(Option.class);
        if (option != null) {
            String name = longName(option, parameter);
            CommandOption given = context.getOptionByLongName(name);
            if (given == null && option.shortName() != ' ') {
                given = context.getOptionByShortName(option.shortName());
            }
            if (given != null) {
                return convert(given.value(), type);
            }
            if (option.required()) {
                throw new IllegalArgumentException("Option '" + name + "' is required");
            }
            if (!option.defaultValue().isEmpty()) {
                return convert(option.defaultValue(), type);
            }
            return type == boolean.class ? Boolean.FALSE : type.isPrimitive() ? convert("0", type) : null;
        }
        Argument argument = parameter.getAnnotation(Argument.class);
        List<CommandArgument> arguments = context.parsedInput().arguments();
        String value = argument.index() < arguments.size() ? arguments.get(argument.index()).value()
                : argument.defaultValue();
        return value == null || value.isEmpty() && type != String.class ? null : convert(value, type);
    }

    /** An option's name: as declared, else the parameter's. */
    private static String longName(Option option, Parameter parameter) {
        return option.longName().isEmpty() ? parameter.getName() : option.longName();
    }

    /**
     * An option value or default as the parameter's type; a string stays as it is.
     *
     * @throws NumberFormatException when a number type is given something else
     */
    static Object convert(String value, Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(value.strip());
        } else if (type == Long.class || type == long.class) {
            return Long.valueOf(value.strip());
        } else if (type == Double.class || type == double.class) {
            return Double.valueOf(value.strip());
        } else if (type == Boolean.class || type == boolean.class) {
            return Boolean.valueOf(value.strip());
        }
        return value;
    }

    private static void requireSupported(Method method, Parameter parameter) {
        Class<?> type = parameter.getType();
        boolean bound = type == CommandContext.class || parameter.getAnnotation(Option.class) != null
                || parameter.getAnnotation(Argument.class) != null
                || parameter.getAnnotation(Arguments.class) != null && type == List.class;
        boolean constrained = java.util.Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType()
                .getPackageName().startsWith("jakarta.validation"));
        if (!SUPPORTED.contains(type) || !bound || constrained) {
            throw new IllegalStateException(method + ": parameter " + parameter.getName() + " ("
                    + type.getSimpleName() + ") " + (constrained ? "has a validation constraint, which is not checked"
                    : "cannot be bound; a command takes options and arguments of "
                    + "String, Integer, Long, Double, Boolean, a List of @Arguments, or the CommandContext"));
        }
    }

    private static List<CommandOption> options(Method method) {
        List<CommandOption> options = new java.util.ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Option option = parameter.getAnnotation(Option.class);
            if (option != null) {
                options.add(CommandOption.with().shortName(option.shortName())
                        .longName(longName(option, parameter))
                        .description(option.description()).required(option.required())
                        .defaultValue(option.defaultValue()).type(parameter.getType()).build());
            }
        }
        return options;
    }
}
