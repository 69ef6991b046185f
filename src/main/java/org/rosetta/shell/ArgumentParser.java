package org.rosetta.shell;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import java.util.List;
import java.util.Optional;

/**
 * Parses exact words into a command invocation: {@code --name value}, {@code --name=value}, {@code -n value},
 * boolean options without a value, {@code --} before arguments that start with a dash. An option the command does
 * not declare is a {@link UsageException}, never silently dropped. Serves one-shot, script and interactive mode.
 */
final class ArgumentParser implements CommandParser {

    private final CommandRegistry registry;

    ArgumentParser(CommandRegistry registry) {
        this.registry = registry;
    }

    /** Parses a line typed in the shell or read from a script. */
    @Override
    public ParsedInput parse(String line) {
        return parse(CommandLineTokenizer.tokenize(line));
    }

    ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("no command given");
        }
        String name = words.getFirst();
        Command command = Optional.ofNullable(registry.getCommandByName(name))
                .or(() -> Optional.ofNullable(registry.getCommandByAlias(name)))
                .orElseThrow(() -> new UsageException("unknown command '" + name + "'" + suggestion(name)
                        + "; try 'help'"));
        ParsedInput.Builder input = ParsedInput.builder().commandName(command.getName());
        int argumentIndex = 0;
        boolean onlyArguments = false;
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (!onlyArguments && word.equals("--")) {
                onlyArguments = true;
            } else if (!onlyArguments && isOption(word)) {
                if (word.equals("--help") || word.equals("-h")) {
                    return ParsedInput.builder().commandName("help")
                            .addArgument(new CommandArgument(0, command.getName())).build();
                }
                int equals = word.indexOf('=');
                String key = equals < 0 ? word : word.substring(0, equals);
                CommandOption declared = find(command, key);
                String value;
                if (equals >= 0) {
                    value = word.substring(equals + 1);
                } else if (isBoolean(declared)) {
                    value = "true";
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new UsageException("option " + key + " of '" + command.getName() + "' needs a value");
                }
                checkType(declared, value);
                given.add(declared.longName());
                input.addOption(CommandOption.with().shortName(declared.shortName()).longName(declared.longName())
                        .value(value).build());
            } else {
                input.addArgument(new CommandArgument(argumentIndex++, word));
                int most = UsageLine.of(command.getHelp()).mostPositionals();
                if (argumentIndex > most) {
                    throw new UsageException("'" + command.getName() + "' takes " + (most == 0 ? "no arguments"
                            : "at most " + most + (most == 1 ? " argument" : " arguments")) + "; got '" + word
                            + "' (see 'help " + command.getName() + "')");
                }
            }
        }
        for (CommandOption option : command.getOptions()) {
            if (Boolean.TRUE.equals(option.required()) && !given.contains(option.longName())) {
                throw new UsageException("'" + command.getName() + "' needs --" + option.longName() + " ("
                        + option.description() + "; see 'help " + command.getName() + "')");
            }
        }
        return input.build();
    }

    /**
     * A number option given a word is a usage error naming the option, found by the conversion the command's
     * binding will make ({@link MethodCommand#convert}), before the command runs.
     */
    private static void checkType(CommandOption option, String value) {
        Class<?> type = option.type();
        if (isBoolean(option) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new UsageException("--" + option.longName() + " is true or false, not '" + value + "'");
        }
        try {
            MethodCommand.convert(value, type);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option.longName() + " takes a "
                    + (type == Double.class || type == double.class ? "number" : "whole number") + ", not '"
                    + value + "'");
        }
    }

    /** " (did you mean 'search'?)" for a command name one or two edits away from a real one; else nothing. */
    private String suggestion(String name) {
        return nearest(name, registry.getCommands().stream().map(Command::getName).toList())
                .map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    /** The first of {@code names} nearest to {@code typed}, if one is at most two edits away: a "did you mean". */
    static Optional<String> nearest(String typed, java.util.Collection<String> names) {
        return names.stream().filter(name -> distance(typed, name) <= 2)
                .min(java.util.Comparator.comparingInt(name -> distance(typed, name)));
    }

    /** Levenshtein distance, with a transposition counted as one edit ("serach" -> "search"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.charAt(0) == '-' && !Character.isDigit(word.charAt(1));
    }

    private static boolean isBoolean(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private static CommandOption find(Command command, String key) {
        List<CommandOption> options = command.getOptions();
        for (CommandOption option : options) {
            boolean matches = key.startsWith("--")
                    ? key.substring(2).equals(option.longName())
                    : key.length() == 2 && key.charAt(1) == option.shortName();
            if (matches) {
                return option;
            }
        }
        String typed = key.replaceFirst("^-+", "");
        Optional<String> nearest = nearest(typed, options.stream().map(CommandOption::longName).toList());
        throw new UsageException("unknown option " + key + " for '" + command.getName() + "'"
                + nearest.map(name -> " (did you mean --" + name + "?)").orElse("")
                + (options.isEmpty() ? "" : "; it takes " + String.join(", ", options.stream()
                        .map(o -> "--" + o.longName()).toList())));
    }
}
