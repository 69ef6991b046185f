package org.rosetta.shell;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.Dictionary;
import org.rosetta.align.Signal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Aligner settings from the {@code --with}, {@code --without} and {@code --dictionary} options. */
final class SignalOptions {

    static AlignerSettings settings(String with, String without, String dictionary) {
        AlignerSettings settings = AlignerSettings.defaults();
        for (String name : names(with)) {
            settings = settings.with(signal(name));
        }
        for (String name : names(without)) {
            settings = settings.without(signal(name));
        }
        if (dictionary != null) {
            settings = settings.with(Signal.DICTIONARY).withDictionary(Dictionary.read(Path.of(dictionary)));
        }
        return settings;
    }

    private static String[] names(String list) {
        return list == null ? new String[0] : Arrays.stream(list.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static Signal signal(String name) {
        try {
            return Signal.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown signal '" + name + "'; signals: " + Arrays.stream(Signal.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    private SignalOptions() {
    }
}
