package org.rosetta.shell;

import org.rosetta.model.Language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place option values are read: comma lists, language tags, choices among an enum's constants. Each refuses
 * a bad value with a {@link UsageException} naming the option, the value and what is allowed (exit 2), before any
 * work starts. Stateless.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code "fr, fa"} as {@code [fr, fa]}, in the order given; an empty item ({@code "fr,,fa"}) is refused. */
    static List<String> list(String option, String value) {
        return items("--" + option, value);
    }

    /** A comma list that is not an option's value (an argument, a line typed): {@code what} names it in errors. */
    static List<String> items(String what, String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            String stripped = item.strip();
            if (stripped.isEmpty()) {
                throw new UsageException(what + ": an empty item in '" + value + "' (a comma list, e.g."
                        + " fr,fa)");
            }
            items.add(stripped);
        }
        return items;
    }

    /**
     * A BCP 47 tag that {@link Language#isKnown} ({@code fa}, {@code pt-BR}, {@code gsw}); {@code xx} or {@code 12}
     * is refused. Where a collection or the index must have the language, {@link #languageIn} says so.
     */
    static Language language(String option, String value) {
        Language language;
        try {
            language = Language.of(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + ": '" + value + "' is not a language tag (BCP 47, e.g. en, fr,"
                    + " fa, pt-br)");
        }
        if (!language.isKnown()) {
            throw new UsageException("--" + option + ": '" + value + "' is not a language (no ISO 639 code '"
                    + language.primary() + "'; BCP 47, e.g. en, fr, fa, pt-br)");
        }
        return language;
    }

    /** A comma list of languages, each checked as {@link #language} does, in the order given. */
    static List<Language> languages(String option, String value) {
        return list(option, value).stream().map(tag -> language(option, tag)).distinct().toList();
    }

    /** A language that {@code where} (a collection, the index) has: else the error lists those it has. */
    static Language languageIn(String option, String value, Collection<Language> known, String where) {
        Language language = language(option, value);
        requireIn(option, language, known, where);
        return language;
    }

    /**
     * A language range ({@code en}) that some language {@code where} has is within ({@link Language#within}:
     * {@code en}, or the {@code en-us} of a collection imported from a tool that writes regions); else the error
     * lists those it has.
     */
    static Language languageWithin(String option, String value, Collection<Language> known, String where) {
        Language range = language(option, value);
        if (!known.isEmpty() && known.stream().noneMatch(language -> language.within(range))) {
            requireIn(option, range, known, where);
        }
        return range;
    }

    /** The usage error for a file an option names that is not there (or is not a file). */
    static UsageException missingFile(String option, java.nio.file.Path file) {
        return new UsageException("--" + option + ": " + file + (java.nio.file.Files.exists(file) ? ": not a file"
                : ": no such file"));
    }

    static void requireIn(String option, Language language, Collection<Language> known, String where) {
        if (!known.isEmpty() && !known.contains(language)) {
            throw new UsageException("--" + option + ": " + where + " has no " + language + " text (it has "
                    + known.stream().map(Language::tag).sorted().collect(Collectors.joining(", ")) + ")");
        }
    }

    /**
     * One of an enum's constants, by its name in lower case with {@code -} for {@code _} ({@code LEAST_SURE} is
     * {@code least-sure}); else the error lists the choices.
     */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new UsageException("--" + option + " is " + choices(type) + ", not '" + value + "'");
    }

    /** {@code table, tsv or json}. */
    static <E extends Enum<E>> String choices(Class<E> type) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(OptionValues::name).toList();
        return names.size() == 1 ? names.getFirst() : String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.getLast();
    }

    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
