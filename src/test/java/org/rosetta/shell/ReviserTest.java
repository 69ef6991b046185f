package org.rosetta.shell;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a correction is recorded as (found by an exploratory test: always the JVM's account, 'root', whatever USER). */
class ReviserTest {

    @Test
    void theNameIsRosettaUserThenTheLoginNameThenTheAccount() {
        assertThat(Reviser.name(Map.of("ROSETTA_USER", "Mina Ahmadi", "USER", "tester"), "root"))
                .isEqualTo("Mina Ahmadi");
        assertThat(Reviser.name(Map.of("USER", "tester", "LOGNAME", "other"), "root")).isEqualTo("tester");
        assertThat(Reviser.name(Map.of("LOGNAME", "other", "ROSETTA_USER", " "), "root")).isEqualTo("other");
        assertThat(Reviser.name(Map.of(), "root")).isEqualTo("root");
    }
}
