package org.rosetta.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs commands outside the interactive shell: one command from exact process arguments, or a script file of
 * command lines. Output goes to stdout; a failure prints {@code error: ...} on one line to stderr and yields a
 * non-zero {@link ExitCode}. Scripts stop at the first failing line, whose number the message gives.
 */
final class CommandRunner {

    private final ArgumentParser parser;
    private final CommandRegistry registry;
    private final CommandExecutor executor;
    private final PrintWriter out;
    private final PrintStream err;

    CommandRunner(ArgumentParser parser, CommandRegistry registry, PrintWriter out, PrintStream err) {
        this.parser = parser;
        this.registry = registry;
        this.executor = new CommandExecutor(registry);
        this.out = out;
        this.err = err;
    }

    /** A runner writing to the process's standard output and error, UTF-8. */
    static CommandRunner onStandardStreams(ArgumentParser parser, CommandRegistry registry) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        return new CommandRunner(parser, registry, out, new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    ExitCode runArguments(List<String> words) {
        try {
            return execute(parser.parse(words));
        } catch (RuntimeException e) {
            return report("", Failure.of(e));
        }
    }

    /** One line typed in the interactive shell; a failure is reported as in one-shot mode. */
    ExitCode runLine(String line) {
        try {
            return execute(parser.parse(line));
        } catch (RuntimeException e) {
            return report("", Failure.of(e));
        }
    }

    ExitCode runScript(Path script) {
        List<String> lines;
        try {
            lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return report("", new Failure(ExitCode.FAILED, script + ": cannot read script (" + e.getMessage() + ")"));
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = (n == 0 ? lines.get(n).replace("\uFEFF", "") : lines.get(n)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("quit") || line.equals("exit")) {
                return ExitCode.OK; // the script ends here, as the shell would
            }
            ExitCode code;
            try {
                code = execute(parser.parse(line));
            } catch (RuntimeException e) {
                code = report(script + ":" + (n + 1) + ": ", Failure.of(e));
            }
            if (code != ExitCode.OK) {
                return code;
            }
        }
        return ExitCode.OK;
    }

    private ExitCode execute(ParsedInput input) {
        try {
            ExitStatus status = executor.execute(new CommandContext(input, registry, out, null));
            out.flush();
            if (status.code() == ExitStatus.OK.code()) {
                return ExitCode.OK;
            }
            return report("", new Failure(status.code() == ExitStatus.USAGE_ERROR.code() ? ExitCode.USAGE
                    : ExitCode.FAILED, input.commandName() + ": " + status.description()));
        } catch (RuntimeException e) {
            out.flush();
            throw e;
        }
    }

    private ExitCode report(String where, Failure failure) {
        out.flush();
        err.println("error: " + where + failure.message());
        err.flush();
        return failure.code();
    }
}
