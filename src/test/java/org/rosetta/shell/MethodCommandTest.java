package org.rosetta.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MethodCommand} against Spring Shell's own factory ({@link CommandFactoryBean}, what the shell would make
 * from a command bean): every Rosetta command gets the same name, group, description, usage line and options, and
 * a probe command receives the same values from both for the same parsed input.
 */
class MethodCommandTest {

    @Test
    void everyCommandIsDescribedAsSpringShellWouldDescribeIt() {
        CommandRegistry catalogue = CommandCatalogue.registry(CommandCatalogue.workspace(), Terminal.ofProcess(),
                new InteractiveTerminal());
        Map<String, String> ours = new TreeMap<>();
        Map<String, String> spring = new TreeMap<>();
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            List<MethodCommand> commands = catalogue.getCommands().stream().filter(MethodCommand.class::isInstance)
                    .map(MethodCommand.class::cast).toList();
            commands.stream().map(MethodCommand::holder).distinct()
                    .forEach(holder -> register(context, holder));
            context.refresh();
            for (MethodCommand command : commands) {
                ours.put(command.getName(), describe(command));
                Command made = springMade(context, command.method());
                spring.put(made.getName(), describe(made));
            }
        }
        assertThat(ours).hasSizeGreaterThan(25).isEqualTo(spring);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "probe",
        "probe a",
        "probe a b --name x --count 7 --ratio 0.5 --flag --wrapped=false",
        "probe --count=3 -n y a",
        "probe --flag=true --wrapped"})
    void bindsAsSpringShellBinds(String line) throws Exception {
        Probe probe = new Probe();
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            register(context, probe);
            context.refresh();
            Method method = probeMethod();
            Command spring = springMade(context, method);
            Command ours = new MethodCommand(method.getAnnotation(
                    org.springframework.shell.core.command.annotation.Command.class), method, probe);
            CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(List.of(ours)));
            var input = new ArgumentParser(registry).parse(line);
            StringWriter out = new StringWriter();
            spring.execute(new CommandContext(input, registry, new PrintWriter(out), null));
            ours.execute(new CommandContext(input, registry, new PrintWriter(out), null));
            assertThat(probe.calls).hasSize(2);
            assertThat(probe.calls.get(1)).as(line).isEqualTo(probe.calls.get(0));
        }
    }

    @Test
    void aLeftOutOptionGetsItsDefaultAndAMissingArgumentIsEmpty() throws Exception {
        Probe probe = new Probe();
        Method method = probeMethod();
        Command ours = new MethodCommand(method.getAnnotation(
                org.springframework.shell.core.command.annotation.Command.class), method, probe);
        CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(List.of(ours)));
        ours.execute(new CommandContext(new ArgumentParser(registry).parse("probe"), registry,
                new PrintWriter(new StringWriter()), null));
        assertThat(probe.calls.getFirst()).containsExactly("[]", "", "", "null", "10", "null", "false", "null",
                "null");
    }

    private static Method probeMethod() {
        return Arrays.stream(Probe.class.getDeclaredMethods()).filter(m -> m.getName().equals("probe")).findFirst()
                .orElseThrow();
    }

    private static void register(GenericApplicationContext context, Object holder) {
        @SuppressWarnings("unchecked")
        Class<Object> type = (Class<Object>) holder.getClass();
        context.registerBean(type, () -> holder);
    }

    private static Command springMade(GenericApplicationContext context, Method method) {
        CommandFactoryBean factory = new CommandFactoryBean(method);
        factory.setApplicationContext(context);
        return factory.getObject();
    }

    private static String describe(Command command) {
        List<String> options = command.getOptions().stream().map(MethodCommandTest::describe).toList();
        return String.join(" | ", command.getName(), command.getGroup(), command.getDescription(), command.getHelp(),
                String.valueOf(command.isHidden()), String.valueOf(command.getAliases()), options.toString());
    }

    private static String describe(CommandOption option) {
        return option.longName() + "/" + option.shortName() + ":" + option.type().getSimpleName() + "="
                + option.defaultValue() + (Boolean.TRUE.equals(option.required()) ? " required" : "") + " "
                + option.description();
    }

    /** A command of every parameter kind that records what it was given, as strings. */
    static final class Probe {

        final List<List<String>> calls = new ArrayList<>();

        @org.springframework.shell.core.command.annotation.Command(name = "probe", help = "probe [A] [B]",
                description = "records its arguments")
        void probe(CommandContext context, @Arguments List<String> all,
                   @Argument(index = 0, description = "first") String first,
                   @Argument(index = 1, description = "second") String second,
                   @Option(longName = "name", shortName = 'n', description = "a name") String name,
                   @Option(longName = "count", defaultValue = "10", description = "a count") Integer count,
                   @Option(longName = "ratio", description = "a ratio") Double ratio,
                   @Option(longName = "flag", description = "a flag") boolean flag,
                   @Option(longName = "wrapped", description = "a boxed flag") Boolean wrapped,
                   @Option(longName = "limit", description = "no default") Integer limit) {
            calls.add(List.of(String.valueOf(all), String.valueOf(first), String.valueOf(second),
                    String.valueOf(name), String.valueOf(count), String.valueOf(ratio), String.valueOf(flag),
                    String.valueOf(wrapped), String.valueOf(limit)));
        }
    }
}
