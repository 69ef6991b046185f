package org.rosetta.shell;

import org.junit.jupiter.api.Test;
import org.rosetta.model.InputException;
import org.rosetta.model.Language;
import org.rosetta.model.RosettaException;

import static org.assertj.core.api.Assertions.assertThat;

/** Exceptions become one line and an exit code by their kind. */
class FailureTest {

    @Test
    void kindsDecideTheExitCode() {
        assertThat(Failure.of(new UsageException("bad")).code()).isEqualTo(ExitCode.USAGE);
        assertThat(Failure.of(new InputException("f.txt: empty file")).code()).isEqualTo(ExitCode.FAILED);
        assertThat(Failure.of(new RosettaException(RosettaException.Kind.CONFLICT, "locked")).code())
                .isEqualTo(ExitCode.FAILED);
        assertThat(Failure.of(new RosettaException(RosettaException.Kind.CANCELLED, "cancelled")).code())
                .isEqualTo(ExitCode.CANCELLED);
        assertThat(Failure.of(new RuntimeException(new InterruptedException())).code()).isEqualTo(ExitCode.CANCELLED);
    }

    @Test
    void anIllegalArgumentFromOurValuesIsAUsageErrorButOneFromALibraryIsNot() {
        IllegalArgumentException ours = catching(() -> Language.of("not a tag!"));
        assertThat(Failure.of(ours)).isEqualTo(new Failure(ExitCode.USAGE, "not a language tag: 'not a tag!'"));
        IllegalArgumentException library = catching(() -> java.util.UUID.fromString("x"));
        assertThat(Failure.of(library).code()).isEqualTo(ExitCode.FAILED);
        assertThat(Failure.of(catching(() -> Integer.parseInt("abc"))).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void messagesAreOneLine() {
        assertThat(Failure.of(new InputException("a.tmx:3:4: bad\n  more detail")).message())
                .isEqualTo("a.tmx:3:4: bad more detail");
    }

    private static IllegalArgumentException catching(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }
}
