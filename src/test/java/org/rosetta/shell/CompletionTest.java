package org.rosetta.shell;

import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.corpus.Workspace;
import org.rosetta.corpus.WorkspaceLayout;
import org.springframework.shell.core.command.CommandRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tab offers for an option's value follows the placeholder of the command's own usage line, so an option
 * named like a language option elsewhere ({@code move --to previous|next}, {@code review --from UNIT}) is offered
 * what it takes and nothing else. The workspace is a corpus folder of two languages, unbuilt.
 */
class CompletionTest {

    @TempDir
    Path root;

    @Test
    void valuesFollowTheUsageLinePlaceholder() throws IOException {
        Path water = Files.createDirectories(root.resolve("corpus/water"));
        Files.writeString(water.resolve("fountain.en.txt"), "The fountain is old.\n");
        Files.writeString(water.resolve("fountain.fr.txt"), "La fontaine est ancienne.\n");
        Workspace workspace = new Workspace(WorkspaceLayout.under(root));
        CommandRegistry registry = CommandCatalogue.registry(workspace, Terminal.ofProcess(),
                new InteractiveTerminal());
        Completion completion = new Completion(registry, workspace);

        assertThat(offered(completion, "move water en:3 --to ")).containsExactly("previous", "next");
        assertThat(offered(completion, "review water --from ")).isEmpty();
        assertThat(offered(completion, "review water --langs ")).containsExactly("en", "fr");
        assertThat(offered(completion, "search fountain --collection ")).containsExactly("water");
        assertThat(offered(completion, "translations-of fontaine --from ")).containsExactly("en", "fr");
        assertThat(offered(completion, "qa water --checks ")).contains("omission", "names", "consistency");
        assertThat(offered(completion, "align a.txt b.txt --without ")).contains("length", "lexicon");
        assertThat(offered(completion, "export water --codes ")).containsExactly("as-is", "language");
        assertThat(offered(completion, "review ")).containsExactly("water");
    }

    private static List<String> offered(Completion completion, String typed) {
        List<Candidate> candidates = new ArrayList<>();
        completion.complete(null, new DefaultParser().parse(typed, typed.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
