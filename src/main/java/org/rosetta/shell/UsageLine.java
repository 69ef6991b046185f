package org.rosetta.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's usage line read for what it says about arguments: {@code export COLLECTION [--format tmx|csv]
 * [--out PATH]}. Its positional arguments are the words before the first option: upper-case placeholders
 * ({@code COLLECTION}), literal lower-case words ({@code import} in {@code marks import FILE}), and a last one that
 * repeats when it ends in {@code ...} ({@code search QUERY...}); an option's value is the word after it
 * ({@code PATH}), its alternatives the ones separated by {@code |}. What the argument parser enforces and what
 * completion offers both come from here, so they cannot disagree. Immutable.
 */
record UsageLine(List<String> positionals, boolean repeats, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9_:|-]*");
    /** A word typed as it is, like {@code import} in {@code marks import FILE}. */
    private static final Pattern LITERAL = Pattern.compile("[a-z][a-z-]*");

    UsageLine {
        positionals = List.copyOf(positionals);
    }

    /** The usage line of a command; a missing one (Spring Shell's built-ins) allows any positionals. */
    static UsageLine of(String usage) {
        if (usage == null || usage.isBlank()) {
            return new UsageLine(List.of(), true, "");
        }
        String[] words = usage.strip().split("\\s+");
        List<String> positionals = new ArrayList<>();
        boolean repeats = false;
        for (int w = 1; w < words.length && !repeats; w++) {
            String word = words[w].replace("[", "").replace("]", "");
            if (word.startsWith("--")) {
                break;
            }
            repeats = word.endsWith("...");
            word = word.replace("...", "");
            if (PLACEHOLDER.matcher(word).matches() || LITERAL.matcher(word).matches()) {
                positionals.add(word);
            }
        }
        return new UsageLine(positionals, repeats, usage);
    }

    /** How many positional arguments the command takes at most. */
    int mostPositionals() {
        return repeats ? Integer.MAX_VALUE : positionals.size();
    }

    /** The placeholder of an option's value: {@code LANG} in {@code --lang LANG}; empty for a flag or none. */
    Optional<String> valueOf(String option) {
        Matcher matcher = Pattern.compile("--" + Pattern.quote(option) + "(?:\\|--[a-z-]+)* ([^\\s\\]]+)")
                .matcher(text);
        return matcher.find() && !matcher.group(1).startsWith("--") ? Optional.of(matcher.group(1))
                : Optional.empty();
    }

    /** The alternatives the line gives an option: {@code position|confidence} for {@code --sort}; else none. */
    List<String> choices(String option) {
        Matcher matcher = Pattern.compile("--" + Pattern.quote(option) + " ([a-z0-9|-]+)").matcher(text);
        if (!matcher.find() || !matcher.group(1).contains("|")) {
            return List.of();
        }
        return List.of(matcher.group(1).split("\\|"));
    }
}
