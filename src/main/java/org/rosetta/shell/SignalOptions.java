package org.rosetta.shell;

import org.rosetta.align.AlignerSettings;
import org.rosetta.align.Dictionary;
import org.rosetta.align.Signal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Aligner settings from the {@code --with}, {@code --without} and {@code --dictionary} options. */
final class SignalOptions {

    static AlignerSettings settings(String with, String without, String dictionary) {
        AlignerSettings settings = AlignerSettings.defaults();
        for (String name : names("with", with)) {
            settings = settings.with(signal(name));
        }
        for (String name : names("without", without)) {
            settings = settings.without(signal(name));
        }
        if (dictionary != null) {
            settings = settings.with(Signal.DICTIONARY).withDictionary(Dictionary.read(Path.of(dictionary)));
        }
        return settings;
    }

    private static java.util.List<String> names(String option, String list) {
        return list == null ? java.util.List.of() : OptionValues.list(option, list);
    }

    /** The signals' names on the command line, in the enum's order. */
    static java.util.List<String> names() {
        return Arrays.stream(Signal.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static Signal signal(String name) {
        try {
            return Signal.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown signal '" + name + "'; signals: " + String.join(", ", names()));
        }
    }

    private SignalOptions() {
    }
}
