package org.rosetta.shell;

import java.util.Map;
import java.util.Optional;

/**
 * Who makes a correction, confirmation or mark, as TMX's {@code changeid} records it: {@code ROSETTA_USER} where set
 * (translators sharing one account name themselves), else the login name the environment gives ({@code USER},
 * then {@code LOGNAME}), else the JVM's. Stateless.
 */
final class Reviser {

    private Reviser() {
    }

    /** The name of the person running this command. */
    static String name() {
        return name(System.getenv(), System.getProperty("user.name", ""));
    }

    static String name(Map<String, String> environment, String account) {
        for (String variable : new String[] {"ROSETTA_USER", "USER", "LOGNAME"}) {
            Optional<String> value = Optional.ofNullable(environment.get(variable)).map(String::strip)
                    .filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return account;
    }
}
