package org.rosetta.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what an interrupted writer left: {@code .NAME.PID-RANDOM.part} files under {@code tmx/} and
 * {@code tmx/exports/} whose process is gone (an index needs no cleaning: Lucene drops an uncommitted write's files
 * the next time a writer opens it). Runs
 * under the {@link WorkspaceLock}, so no live writer's temporary files are touched; a {@code .part} of a live
 * process (an export running beside the build) is kept. Only names of those shapes are ever deleted.
 */
final class Leftovers {

    private static final Pattern PART = Pattern.compile("\\..+\\.(\\d+)-[0-9a-z]+\\.part");

    private Leftovers() {
    }

    /** Returns how many leftovers were removed. */
    static int clean(WorkspaceLayout layout) {
        int removed = 0;
        for (Path folder : new Path[] {layout.tmx(), layout.tmx().resolve("exports")}) {
            for (Path file : list(folder)) {
                Matcher part = PART.matcher(file.getFileName().toString());
                if (part.matches() && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !alive(part.group(1))) {
                    removed += delete(file);
                }
            }
        }
        return removed;
    }

    private static boolean alive(String pid) {
        try {
            long id = Long.parseLong(pid);
            return ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static java.util.List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    private static int delete(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return 1;
        } catch (IOException e) {
            return 0; // left for the next writer
        }
    }
}
