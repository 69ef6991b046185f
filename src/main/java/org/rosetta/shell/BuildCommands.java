package org.rosetta.shell;

import org.rosetta.corpus.BuildOptions;
import org.rosetta.corpus.BuildReport;
import org.rosetta.corpus.CollectionReport;
import org.rosetta.corpus.Workspace;
import org.rosetta.model.Language;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The main job: {@code build}. */
@Component
final class BuildCommands {

    private final Workspace workspace;

    BuildCommands(Workspace workspace) {
        this.workspace = workspace;
    }

    @Command(name = "build", help = "build [--pivot LANG] [--collection NAME] [--all]",
            group = "Corpus", description = "Segment, align and write tmx/<collection>.tmx and the"
            + " search index for every collection under corpus/")
    void build(CommandContext context,
               @Option(longName = "pivot", defaultValue = "en",
                       description = "language every other version is aligned to") String pivot,
               @Option(longName = "collection", description = "build only this collection") String collection,
               @Option(longName = "all", description = "rebuild collections that did not change too") boolean all) {
        PrintWriter out = context.outputWriter();
        BuildReport report = workspace.build(new BuildOptions(Language.of(pivot), Optional.ofNullable(collection),
                all ? BuildOptions.Rebuild.ALL : BuildOptions.Rebuild.CHANGED),
                line -> { });
        for (CollectionReport c : report.collections()) {
            c.warnings().forEach(w -> out.println("warning: " + w));
            out.printf(Locale.ROOT, "%-12s %3d documents  %6d units  -> %s%s%n", c.name(), c.documents(), c.units(),
                    workspace.layout().tmx().getParent().relativize(c.tmx()),
                    c.status() == CollectionReport.Status.UNCHANGED ? "  (unchanged)" : "");
            if (!c.sentences().isEmpty()) {
                out.println("             sentences: " + c.sentences().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
        long unchanged = report.collections().stream()
                .filter(c -> c.status() == CollectionReport.Status.UNCHANGED).count();
        out.printf(Locale.ROOT, "%d built, %d unchanged in %.1f s; index in %s%n",
                report.collections().size() - unchanged, unchanged,
                report.elapsed().toMillis() / 1000.0,
                workspace.layout().tmx().getParent().relativize(workspace.layout().index()));
        out.flush();
    }
}
