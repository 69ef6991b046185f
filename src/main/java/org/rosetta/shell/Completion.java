package org.rosetta.shell;

import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.rosetta.corpus.CollectionName;
import org.rosetta.corpus.Exchange;
import org.rosetta.corpus.Workspace;
import org.rosetta.index.UnitIndexWriter;
import org.rosetta.model.Language;
import org.rosetta.qa.QaCheck;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tab completion in the interactive shell, from what the workspace holds and what each command's usage line says:
 * command names; option names; and values by the placeholder the usage line gives them: the alternatives of
 * {@code --format table|tsv|json}, the workspace's language tags for {@code LANG}, collection names for
 * {@code COLLECTION} and {@code NAME}, a collection's document ids for {@code DOCUMENT} and {@code DOC}, check and
 * signal names, file names for {@code FILE}, {@code DIR} and {@code PATH}; nothing for a placeholder it cannot
 * list ({@code UNIT}, {@code N}). Reads the workspace on every Tab, so it follows builds and imports made in the
 * same session.
 */
final class Completion implements Completer {

    private static final Set<String> FILE_PLACEHOLDERS = Set.of("FILE", "DIR", "FILE|DIR", "SOURCE", "TARGET",
            "SOURCE-DIR", "TARGET-DIR", "PATH");

    private final CommandRegistry registry;
    private final Workspace workspace;
    private final Completer files = new Completers.FileNameCompleter();

    Completion(CommandRegistry registry, Workspace workspace) {
        this.registry = registry;
        this.workspace = workspace;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        if (index == 0) {
            commandNames().forEach(name -> candidates.add(new Candidate(name)));
            return;
        }
        Command command = registry.getCommandByName(words.getFirst());
        if (command == null) {
            return;
        }
        String word = line.word();
        String previous = words.get(index - 1);
        Optional<CommandOption> option = option(command, previous);
        if (option.isPresent() && !isFlag(option.get())) {
            values(reader, line, command, option.get().longName(), candidates);
        } else if (word.startsWith("-")) {
            command.getOptions().forEach(o -> candidates.add(new Candidate("--" + o.longName(), "--" + o.longName(),
                    null, o.description(), null, null, true)));
        } else {
            positional(reader, line, command, positionalIndex(command, words, index), candidates);
        }
    }

    private void values(LineReader reader, ParsedLine line, Command command, String option,
                        List<Candidate> candidates) {
        UsageLine usage = UsageLine.of(command.getHelp());
        String placeholder = usage.valueOf(option).orElse("");
        List<String> choices = usage.choices(option);
        if (!choices.isEmpty()) {
            choices.forEach(value -> candidates.add(new Candidate(value)));
        } else if (placeholder.startsWith("LANG") && !placeholder.startsWith("LANG:")) {
            languages().forEach(tag -> candidates.add(new Candidate(tag)));
        } else if (placeholder.equals("CHECK,...")) {
            Arrays.stream(QaCheck.values()).map(QaCheck::tag).forEach(tag -> candidates.add(new Candidate(tag)));
        } else if (placeholder.equals("SIGNAL,...")) {
            SignalOptions.names().forEach(name -> candidates.add(new Candidate(name)));
        } else {
            placeholderValues(reader, line, command, placeholder, candidates);
        }
    }

    /** Values for a placeholder that names a kind of thing the workspace or the file system holds. */
    private void placeholderValues(LineReader reader, ParsedLine line, Command command, String placeholder,
                                   List<Candidate> candidates) {
        switch (placeholder) {
            case "COLLECTION", "NAME" -> collections().forEach(name -> candidates.add(new Candidate(name)));
            case "DOCUMENT", "DOC" -> firstArgument(command, line.words()).ifPresent(c -> documents(c)
                    .forEach(d -> candidates.add(new Candidate(d))));
            case "COMMAND" -> commandNames().forEach(name -> candidates.add(new Candidate(name)));
            default -> {
                if (FILE_PLACEHOLDERS.contains(placeholder)) {
                    files.complete(reader, line, candidates);
                }
            }
        }
    }

    private void positional(LineReader reader, ParsedLine line, Command command, int position,
                            List<Candidate> candidates) {
        List<String> placeholders = UsageLine.of(command.getHelp()).positionals();
        if (position >= placeholders.size()) {
            return;
        }
        String placeholder = placeholders.get(position);
        if (placeholder.equals(placeholder.toLowerCase(Locale.ROOT))) {
            candidates.add(new Candidate(placeholder)); // a literal word: marks import FILE
        } else {
            placeholderValues(reader, line, command, placeholder, candidates);
        }
    }

    private static int positionalIndex(Command command, List<String> words, int index) {
        int position = 0;
        for (int w = 1; w < index; w++) {
            String word = words.get(w);
            if (word.startsWith("-")) {
                Optional<CommandOption> option = option(command, word);
                if (option.isPresent() && !isFlag(option.get()) && !word.contains("=")) {
                    w++; // its value
                }
            } else {
                position++;
            }
        }
        return position;
    }

    private static Optional<String> firstArgument(Command command, List<String> words) {
        for (int w = 1; w < words.size(); w++) {
            String word = words.get(w);
            if (word.startsWith("-")) {
                if (option(command, word).filter(o -> !isFlag(o)).isPresent()) {
                    w++;
                }
            } else {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static Optional<CommandOption> option(Command command, String word) {
        if (!word.startsWith("--")) {
            return Optional.empty();
        }
        String name = word.substring(2);
        return command.getOptions().stream().filter(o -> name.equals(o.longName())).findFirst();
    }

    private static boolean isFlag(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private List<String> commandNames() {
        return registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName).distinct().sorted()
                .toList();
    }

    private Set<String> collections() {
        Set<String> names = new TreeSet<>();
        new Exchange(workspace.layout()).builtCollections().forEach(c -> names.add(c.value()));
        workspace.corpusCollections().forEach(c -> names.add(c.value()));
        return names;
    }

    private Set<String> languages() {
        Set<String> tags = new TreeSet<>();
        for (Exchange.Built built : new Exchange(workspace.layout()).collections()) {
            built.languages().forEach(language -> tags.add(language.tag()));
        }
        for (CollectionName name : workspace.corpusCollections()) {
            workspace.languagesOf(name, org.rosetta.corpus.BuildOptions.Links.SKIP).stream().map(Language::tag)
                    .forEach(tags::add);
        }
        return tags;
    }

    private List<String> documents(String collection) {
        if (!CollectionName.isValid(collection)) {
            return List.of();
        }
        return UnitIndexWriter.summary(workspace.layout().index(), collection).documents();
    }
}
