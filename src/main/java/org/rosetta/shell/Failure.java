package org.rosetta.shell;

import org.rosetta.model.RosettaException;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.CommandExecutionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * An exception turned into what the user sees: one line and an exit code. The one place where exceptions map to
 * messages; commands never catch to print.
 */
record Failure(ExitCode code, String message) {

    static Failure of(Throwable thrown) {
        if (interrupted(thrown)) {
            return new Failure(ExitCode.CANCELLED, "cancelled");
        }
        Throwable cause = unwrap(thrown);
        ExitCode code = switch (cause) {
            case RosettaException known -> switch (known.kind()) {
                case USAGE -> ExitCode.USAGE;
                case CANCELLED -> ExitCode.CANCELLED;
                default -> ExitCode.FAILED;
            };
            // our own value records (Language, Span, ...) check their arguments this way; one thrown from inside a
            // library is that library's failure, not a wrong command line
            case NumberFormatException typed -> ExitCode.USAGE; // an option's value that is not a number
            case IllegalArgumentException bad -> thrownByRosetta(bad) ? ExitCode.USAGE : ExitCode.FAILED;
            case ConversionException bad -> ExitCode.USAGE;
            default -> ExitCode.FAILED;
        };
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failure(code, message.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    private static boolean thrownByRosetta(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.rosetta.");
    }

    /** Ctrl-C reached the command inside a library (Lucene, NIO) rather than at one of our own checks. */
    private static boolean interrupted(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof java.nio.channels.ClosedByInterruptException
                    || (cause instanceof RosettaException known && known.kind() == RosettaException.Kind.CANCELLED)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CommandExecutionException || cause instanceof InvocationTargetException
                || cause instanceof UndeclaredThrowableException
                || (cause instanceof ConversionException && cause.getCause() != null))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
