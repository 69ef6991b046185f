package org.rosetta.eval;

import org.rosetta.model.InputException;
import org.rosetta.model.Block;
import org.rosetta.ingest.BlockClassifier;
import org.rosetta.model.BlockKind;
import org.rosetta.model.Document;
import org.rosetta.model.Language;
import org.rosetta.model.Segment;
import org.rosetta.model.SegmentedDocument;
import org.rosetta.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the gold sets under a folder, in the layouts of {@code shared/eval}, recursing into folders that are not a
 * set themselves:
 * <ul>
 * <li>{@code NAME.L1}, {@code NAME.L2} and {@code NAME.gold}, the pair's order from the folder name {@code L1-L2};
 *     optional {@code NAME.L1.ids} give each line's paragraph, used as blocks (UDHR), and with both sides' ids the
 *     gold is read as the reader's {@link ParagraphGold} says;</li>
 * <li>{@code NAME.L1}, {@code NAME.L2} and the gold {@code NAME.L1L2} (Text+Berg);</li>
 * <li>folders {@code gold/} and one per language, same file names in each, the order from the parent folder name
 *     {@code ...-L1-L2}; lines may start with {@code index<TAB>}, which is dropped (ParIce).</li>
 * </ul>
 * Sentences are the files' lines, exactly as written.
 */
public final class GoldSetReader {

    private static final Pattern INDEXED_LINE = Pattern.compile("^\\d+\\t");
    private static final Pattern PAIR_NAME = Pattern.compile(".*?([a-z]{2,3})-([a-z]{2,3})$");

    private final ParagraphGold paragraphGold;

    /** A reader of the gold as written. */
    public GoldSetReader() {
        this(ParagraphGold.AS_WRITTEN);
    }

    /** A reader that reads the gold of sets with paragraph ids as {@code paragraphGold} says. */
    public GoldSetReader(ParagraphGold paragraphGold) {
        this.paragraphGold = paragraphGold;
    }

    /**
     * What a folder holds: its gold sets in path order, the folders under it that hold none, and what is odd in the
     * gold read (a bead naming a line its file lacks, a gold file without beads), each naming the file.
     */
    public record Found(List<GoldSet> sets, List<Path> notSets, List<String> warnings) {

        public Found {
            sets = List.copyOf(sets);
            notSets = List.copyOf(notSets);
            warnings = List.copyOf(warnings);
        }
    }

    public List<GoldSet> read(Path root) {
        return find(root).sets();
    }

    /** The gold sets under {@code root}; a root that holds none is an error, a subfolder that holds none is listed. */
    public Found find(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InputException(root + ": no such folder");
        }
        List<GoldSet> sets = new ArrayList<>();
        List<Path> notSets = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        collect(root, root, sets, notSets, warnings);
        if (sets.isEmpty()) {
            throw new InputException(root + ": no gold set found: a set is NAME.L1, NAME.L2 and NAME.gold in a folder"
                    + " named L1-L2, or NAME.L1, NAME.L2 and NAME.L1L2, or folders gold/, L1/ and L2/ in a folder"
                    + " named ...-L1-L2");
        }
        return new Found(sets, notSets, warnings);
    }

    private boolean collect(Path root, Path folder, List<GoldSet> sets, List<Path> notSets, List<String> warnings) {
        Optional<GoldSet> set = folderLayout(root, folder, warnings).or(() -> fileLayout(root, folder, warnings));
        if (set.isPresent()) {
            sets.add(set.get());
            return true;
        }
        List<Path> empty = new ArrayList<>();
        boolean any = false;
        for (Path child : list(folder)) {
            if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".")) {
                if (collect(root, child, sets, empty, warnings)) {
                    any = true;
                } else {
                    empty.add(child);
                }
            }
        }
        if (any) {
            notSets.addAll(empty.stream().filter(p -> !notSets.contains(p)).toList());
        }
        return any;
    }

    private Optional<GoldSet> folderLayout(Path root, Path folder, List<String> warnings) {
        Path gold = folder.resolve("gold");
        Matcher pair = PAIR_NAME.matcher(folder.getFileName().toString());
        if (!Files.isDirectory(gold) || !pair.matches()) {
            return Optional.empty();
        }
        Language source = Language.of(pair.group(1));
        Language target = Language.of(pair.group(2));
        Path sourceFolder = languageFolder(folder, source);
        Path targetFolder = languageFolder(folder, target);
        List<GoldDocument> documents = new ArrayList<>();
        for (Path goldFile : list(gold)) {
            String name = goldFile.getFileName().toString();
            documents.add(pair(name, new Side(sourceFolder.resolve(name), source, Optional.empty()),
                    new Side(targetFolder.resolve(name), target, Optional.empty()), BeadFormat.read(goldFile),
                    oddities(goldFile, warnings)));
        }
        return Optional.of(new GoldSet(setName(root, folder), source, target, documents));
    }

    /** Every {@code NAME.gold} (or {@code NAME.L1L2}) of the folder with its two text files, in name order. */
    private Optional<GoldSet> fileLayout(Path root, Path folder, List<String> warnings) {
        List<GoldDocument> documents = new ArrayList<>();
        Language[] order = null;
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !Files.isRegularFile(file)) {
                continue;
            }
            String base = name.substring(0, dot);
            String extension = name.substring(dot + 1);
            Optional<Language[]> pair = extension.equals("gold")
                    ? pairFromFolder(folder)
                    : splitPair(folder, base, extension);
            if (pair.isEmpty()) {
                continue;
            }
            if (order != null && !java.util.Arrays.equals(order, pair.get())) {
                throw new InputException(file + ": gold of " + pair.get()[0] + "-" + pair.get()[1] + " in a folder of "
                        + order[0] + "-" + order[1]);
            }
            order = pair.get();
            Language source = order[0];
            Language target = order[1];
            Side sourceSide = Side.of(folder, base, source);
            Side targetSide = Side.of(folder, base, target);
            List<GoldBead> gold = BeadFormat.read(file);
            boolean paragraphs = sourceSide.paragraphIds().isPresent() && targetSide.paragraphIds().isPresent();
            documents.add(pair(base, sourceSide, targetSide, paragraphs ? paragraphGold.read(gold) : gold,
                    oddities(file, warnings)));
        }
        return order == null ? Optional.empty()
                : Optional.of(new GoldSet(setName(root, folder), order[0], order[1], documents));
    }

    /** {@code dev.defr} beside {@code dev.de} and {@code dev.fr} is the gold of de-fr. */
    private static Optional<Language[]> splitPair(Path folder, String base, String extension) {
        if (extension.length() < 4 || extension.length() > 6) {
            return Optional.empty();
        }
        for (int cut = 2; cut <= 3 && cut <= extension.length() - 2; cut++) {
            String first = extension.substring(0, cut);
            String second = extension.substring(cut);
            if (Files.isRegularFile(folder.resolve(base + "." + first))
                    && Files.isRegularFile(folder.resolve(base + "." + second))) {
                return Optional.of(new Language[] {Language.of(first), Language.of(second)});
            }
        }
        return Optional.empty();
    }

    private static Optional<Language[]> pairFromFolder(Path folder) {
        Matcher pair = PAIR_NAME.matcher(folder.getFileName().toString());
        return pair.matches() ? Optional.of(new Language[] {Language.of(pair.group(1)), Language.of(pair.group(2))})
                : Optional.empty();
    }

    /** The folder of a language: its own code ({@code en}) or its three-letter code ({@code eng}). */
    private static Path languageFolder(Path folder, Language language) {
        Path own = folder.resolve(language.tag());
        if (Files.isDirectory(own)) {
            return own;
        }
        String iso3 = new Locale(language.tag()).getISO3Language();
        Path three = folder.resolve(iso3);
        if (Files.isDirectory(three)) {
            return three;
        }
        throw new InputException(folder + ": no folder for " + language + " (" + language + "/ or " + iso3 + "/)");
    }

    /**
     * A document pair and its gold, whose short lines without a full stop are headings only where neither file
     * leaves its sentences open ({@link BlockClassifier.Headings#of}, over its body lines, furniture left out), as
     * {@code build} reads a document's versions. Here a line is a sentence, where {@code build} judges paragraphs:
     * a text with a sentence per line reads alike either way.
     */
    private static GoldDocument pair(String name, Side source, Side target, List<GoldBead> gold,
                                     java.util.function.Consumer<String> odd) {
        List<String> sourceLines = sentences(source.file());
        List<String> targetLines = sentences(target.file());
        oddities(gold, sourceLines.size(), targetLines.size()).forEach(odd);
        List<BlockKind> sourceKinds = BlockClassifier.furnitureOf(sourceLines, source.language());
        List<BlockKind> targetKinds = BlockClassifier.furnitureOf(targetLines, target.language());
        BlockClassifier.Headings headings = BlockClassifier.Headings.of(List.of(body(sourceLines, sourceKinds),
                body(targetLines, targetKinds)));
        return new GoldDocument(name, document(source, sourceLines, sourceKinds, headings),
                document(target, targetLines, targetKinds, headings), gold);
    }

    /** Where the oddities of {@code goldFile} go: into {@code warnings}, each naming the file. */
    private static java.util.function.Consumer<String> oddities(Path goldFile, List<String> warnings) {
        return odd -> warnings.add(goldFile + ": " + odd);
    }

    /**
     * What gold cannot mean of its files, scored as written all the same (ParIce's gold names one line past the end
     * of some of its files): a bead naming a line a file does not have, or no bead at all for files with lines.
     */
    private static List<String> oddities(List<GoldBead> gold, int sourceLines, int targetLines) {
        List<String> odd = new ArrayList<>();
        if (gold.isEmpty() && sourceLines + targetLines > 0) {
            odd.add("no beads, for files of " + sourceLines + " and " + targetLines + " lines");
        }
        for (GoldBead bead : gold) {
            bead.source().stream().filter(id -> id < 0 || id >= sourceLines).findFirst().ifPresent(id -> odd.add(
                    "bead " + bead.format() + " names source line " + id + ", but the source file has " + sourceLines
                    + " lines (0-based)"));
            bead.target().stream().filter(id -> id < 0 || id >= targetLines).findFirst().ifPresent(id -> odd.add(
                    "bead " + bead.format() + " names target line " + id + ", but the target file has " + targetLines
                    + " lines (0-based)"));
        }
        return odd;
    }

    /**
     * One side of a document pair: its file of sentences, their language, and the file of their paragraph ids where
     * the set gives one ({@code NAME.L.ids}, a line per sentence).
     */
    private record Side(Path file, Language language, Optional<Path> paragraphIds) {

        /** {@code NAME.L} in {@code folder}, with {@code NAME.L.ids} where it is there. */
        static Side of(Path folder, String name, Language language) {
            Path ids = folder.resolve(name + "." + language.tag() + ".ids");
            return new Side(folder.resolve(name + "." + language.tag()), language,
                    Optional.of(ids).filter(Files::isRegularFile));
        }
    }

    /** The lines that are body text (of {@code kinds}, their furniture kinds), as ingestion reads them. */
    private static List<String> body(List<String> lines, List<BlockKind> kinds) {
        List<String> body = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (kinds.get(k) == BlockKind.PARAGRAPH) {
                body.add(lines.get(k));
            }
        }
        return body;
    }

    /** A set file's lines, the index column of {@code index<TAB>sentence} lines left out. */
    private static List<String> sentences(Path file) {
        return lines(file).stream().map(l -> INDEXED_LINE.matcher(l).replaceFirst("")).toList();
    }

    /**
     * The lines of a set's file as sentences, classified as ingestion classifies blocks ({@link BlockClassifier}):
     * where paragraph ids are given they make the blocks; otherwise each heading, date line or furniture line is a
     * block of its own, as a scraped page's layout would make it, and body lines between them share one.
     */
    private static SegmentedDocument document(Side side, List<String> lines, List<BlockKind> furniture,
                                              BlockClassifier.Headings headings) {
        List<String> ids = side.paragraphIds().map(GoldSetReader::lines).orElse(List.of());
        List<BlockKind> kinds = BlockClassifier.lines(lines, furniture, headings);
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(lines.get(i));
            boolean newParagraph = i > 0 && i < ids.size() && !ids.get(i).equals(ids.get(i - 1));
            // Without paragraph ids, a heading, date line or furniture line is a block of its own, as a page's
            // layout would make it; with ids, the ids say where paragraphs are.
            boolean ownBlock = ids.isEmpty() && (kinds.get(i) != BlockKind.PARAGRAPH
                    || (i > 0 && kinds.get(i - 1) != BlockKind.PARAGRAPH));
            if (i > 0 && (newParagraph || ownBlock)) {
                blocks.add(new Block(kinds.get(i - 1), new Span(blockStart, start - 1)));
                blockStart = start;
            }
            segments.add(new Segment(i, new Span(start, text.length()), blocks.size(), kinds.get(i)));
        }
        blocks.add(new Block(kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.getLast(),
                new Span(blockStart, text.length())));
        Document document = new Document(side.file().getFileName().toString(), side.language(),
                side.file().toString(), text.toString(), blocks);
        return new SegmentedDocument(document, segments);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static String setName(Path root, Path folder) {
        String relative = root.relativize(folder).toString();
        return relative.isEmpty() ? folder.getFileName().toString() : relative;
    }
}
