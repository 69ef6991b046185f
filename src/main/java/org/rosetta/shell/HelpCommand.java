package org.rosetta.shell;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code help} and {@code help COMMAND}: the command list by group, or one command's usage line (its
 * {@link Command#getHelp()}) and options with their defaults. README's command reference is this output.
 */
final class HelpCommand extends SessionCommands.Builtin {

    HelpCommand() {
        super("help", "List the commands, or show how to use one: help COMMAND", "help [COMMAND]");
    }

    /** One example line per command, from {@code examples.properties} beside this class. */
    static final java.util.Properties EXAMPLES = examples();

    private static java.util.Properties examples() {
        java.util.Properties examples = new java.util.Properties();
        try (java.io.InputStream in = HelpCommand.class.getResourceAsStream("examples.properties")) {
            examples.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("examples.properties is missing from the build", e);
        }
        return examples;
    }

    @Override
    public ExitStatus execute(CommandContext context) {
        PrintWriter out = context.outputWriter();
        List<CommandArgument> arguments = context.parsedInput().arguments();
        if (arguments.isEmpty()) {
            listAll(context, out);
        } else {
            String name = arguments.getFirst().value();
            Command command = context.commandRegistry().getCommandByName(name);
            if (command == null) {
                throw new UsageException("unknown command '" + name + "'; try 'help'");
            }
            describe(command, out);
        }
        out.flush();
        return ExitStatus.OK;
    }

    private static void listAll(CommandContext context, PrintWriter out) {
        Map<String, List<Command>> groups = context.commandRegistry().getCommands().stream()
                .filter(c -> !c.isHidden())
                .sorted(Comparator.comparing(Command::getName))
                .collect(Collectors.groupingBy(Command::getGroup, TreeMap::new, Collectors.toList()));
        int width = groups.values().stream().flatMap(List::stream).mapToInt(c -> c.getName().length()).max()
                .orElse(0);
        groups.forEach((group, commands) -> {
            out.println(group);
            for (Command command : commands) {
                out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", command.getName(), command.getDescription());
            }
            out.println();
        });
        out.println("Run one command: rosetta COMMAND ARGS; a script: rosetta @FILE; this shell: rosetta");
    }

    static void describe(Command command, PrintWriter out) {
        out.println(command.getName() + " - " + command.getDescription());
        if (command.getHelp() != null && !command.getHelp().isBlank()) {
            out.println();
            out.println("Usage: " + command.getHelp());
        }
        String example = EXAMPLES.getProperty(command.getName());
        if (example != null) {
            out.println("Example: rosetta " + example);
        }
        List<CommandOption> options = command.getOptions();
        if (!options.isEmpty()) {
            out.println();
            out.println("Options:");
            int width = options.stream().mapToInt(o -> synopsis(o).length()).max().orElse(0);
            for (CommandOption option : options) {
                String defaultValue = option.defaultValue() == null || option.defaultValue().isEmpty() ? ""
                        : " (default: " + option.defaultValue() + ")";
                out.printf(Locale.ROOT, "  %-" + width + "s  %s%s%n", synopsis(option), option.description(),
                        defaultValue);
            }
        }
    }

    private static String synopsis(CommandOption option) {
        String type = option.type() == null ? "" : option.type().getSimpleName().toUpperCase(Locale.ROOT);
        boolean flag = option.type() == boolean.class || option.type() == Boolean.class;
        return "--" + option.longName() + (flag ? "" : " " + type);
    }
}
