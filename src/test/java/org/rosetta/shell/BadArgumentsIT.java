package org.rosetta.shell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command with bad arguments, through the real command line on a built copy of the shipped corpus: each is
 * refused before any work with exit status 2 and one line on standard error that names the option (or argument),
 * the value and what is allowed; nothing on standard output. {@code $EN}, {@code $FR} and {@code $UDHR} stand for
 * the copy's files and folder.
 */
class BadArgumentsIT {

    @TempDir
    static Path root;

    @BeforeAll
    static void workspace() throws Exception {
        BuiltWorkspace.at(root);
    }

    @AfterAll
    static void clear() {
        System.clearProperty("rosetta.workspace");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            align $EN $FR --format xml                       | --format is table, beads, tsv or json, not 'xml'
            align $EN $FR --limit -3                         | --limit must be 0 to
            align $EN $FR --limit abc                        | --limit takes a whole number, not 'abc'
            align $EN $FR --source-lang xx                   | --source-lang: 'xx' is not a language
            align $EN $FR --target-lang 12                   | --target-lang: '12' is not a language tag
            align $EN $FR --sort sideways                    | --sort is position or confidence, not 'sideways'
            align $EN $FR extra                              | 'align' takes at most 2 arguments; got 'extra'
            align $EN                                        | align needs two files
            align $EN $FR --nosuch 1                         | unknown option --nosuch for 'align'
            search rights --colection udhr                   | unknown option --colection for 'search' (did you mean --collection?)
            build --pivot xx                                 | --pivot: 'xx' is not a language
            build --pivot sw                                 | --pivot: corpus/ has no sw text
            build --collection udhx                          | no collection 'udhx' under corpus/ (did you mean 'udhr'?)
            build water                                      | 'build' takes no arguments; got 'water'
            build --format xml                               | --format is table, tsv or json, not 'xml'
            build --dictionary nosuch.csv                    | nosuch.csv: no such file
            build --dictionary $EN,,$FR                      | --dictionary: an empty item
            check-pivot udhr --pivot xx                      | --pivot: 'xx' is not a language
            check-pivot udhr --pivot sw                      | --pivot: the collection udhr has no sw text
            check-pivot udhr --limit 0                       | --limit must be 1 to
            check-pivot nosuch                               | no collection 'nosuch' under corpus/
            pair $UDHR --source-lang en --target-lang fr     | pair needs two folders
            pair $UDHR $UDHR --source-lang xx --target-lang fr | --source-lang: 'xx' is not a language
            pair $UDHR $UDHR --source-lang en                | 'pair' needs --target-lang
            eval                                             | 'eval' needs --gold
            eval --gold $UDHR --format csv                   | --format is table, tsv or json, not 'csv'
            ingest                                           | ingest needs a file or a folder
            ingest $FR --format xml                          | --format is table, tsv or json, not 'xml'
            ingest $FR --without spelling                    | unknown clean-up step 'spelling'
            segment                                          | segment needs a file
            segment $FR --lang 12                            | --lang: '12' is not a language tag
            segment $FR --format csv                         | --format is table, tsv or json, not 'csv'
            reindex udhr extra                               | 'reindex' takes at most 1 argument; got 'extra'
            reindex udhx                                     | no collection 'udhx' is built or imported (did you mean 'udhr'?)
            remove                                           | remove needs a collection
            remove udhr                                      | is built from corpus/udhr
            collections extra                                | 'collections' takes no arguments; got 'extra'
            collections --format xml                         | --format is table, tsv or json, not 'xml'
            export udhr --target xx                          | --target: 'xx' is not a language
            export udhr --target sw                          | --target: the collection udhr has no sw text
            export udhr --target fa --codes en=en-US,fa=en-US | en and fa would both be written en-US
            export udhr --format csv --languages en,sw       | --languages: the collection udhr has no sw text
            export udhr --format csv --beads 1-1             | --target, --beads and --codes are for a tmx or moses export
            export udhr --format xml                         | --format is tmx, csv, tsv or moses, not 'xml'
            export udhr --target fr --beads foo              | --beads: 'foo' is not a bead shape
            export udhr --target fr --min-confidence 2       | --min-confidence must be 0 to 1
            export udhr --target fr --status maybe           | --status: 'maybe' is not aligned, confirmed or corrected
            export udhr --target fr --report tsv             | --report is table or json, not 'tsv'
            export udhx --target fr                          | no collection 'udhx' is built or imported (did you mean 'udhr'?)
            import $FR                                       | 'import' needs --collection
            search rights --show xx                          | --show: 'xx' is not a language
            search rights --show fr,sw                       | --show: the index has no sw text
            search rights --show fr,,fa                      | --show: an empty item in 'fr,,fa'
            search rights --lang sw                          | --lang: the index has no sw text
            search rights --limit -1                         | --limit must be 1 to 500 (got -1)
            search rights --limit 0                          | --limit must be 1 to 500 (got 0)
            search rights --limit abc                        | --limit takes a whole number, not 'abc'
            search rights --page 0                           | --page must be 1 to
            search rights --format xml                       | --format is table, tsv or json, not 'xml'
            search rights --collection udhx                  | udhx
            search rights --exact=maybe                      | --exact is true or false, not 'maybe'
            concordance rights --lang en --width -5          | --width must be 1 to 200 (got -5)
            concordance rights --lang xx                     | --lang: 'xx' is not a language
            concordance rights                               | 'concordance' needs --lang
            search rights --collection udhx                  | no collection 'udhx' in the index (did you mean 'udhr'?)
            concordance rights --lang en --collection udhx   | no collection 'udhx' in the index (did you mean 'udhr'?)
            fuzzy rights --lang en --collection udhx         | no collection 'udhx' in the index (did you mean 'udhr'?)
            fuzzy rights --lang en --min 150                 | --min must be 0 to 100 (got 150)
            fuzzy rights --lang en --min abc                 | --min takes a whole number, not 'abc'
            fuzzy rights --lang en --show xx                 | --show: 'xx' is not a language
            translations-of rights --from en --to xx         | --to: 'xx' is not a language
            translations-of rights --from en --to sw         | --to: the index has no sw text
            translations-of rights --from en --to fr --limit 0 | --limit must be 1 to 500 (got 0)
            translations-of rights --from en --to fr --dictionary nosuch.csv | nosuch.csv: no such file
            review udhr --below 2                            | --below must be 0 to 1
            review udhx                                      | no collection 'udhx' is built or imported (did you mean 'udhr'?)
            review udhr --langs en,xx                        | 'xx' is not a language
            qa udhr --checks spelling                        | --checks: no check 'spelling'
            qa udhr --langs en,sw                            | --langs: the collection udhr has no sw text
            qa udhr --format xml                             | --format is table, csv or json, not 'xml'
            qa udhr --dictionary nosuch.csv                  | nosuch.csv: no such file
            qa udhr --glossary nosuch.csv                    | --glossary: nosuch.csv: no such file
            qa udhr --dictionary $EN,,$FR                    | --dictionary: an empty item
            report udhr --html page.html --dictionary nosuch.csv | nosuch.csv: no such file
            eval --gold $UDHR --out $EN                      | --out names a folder for each document's beads
            report udhr                                      | 'report' needs --html
            report udhr --html $TMX                          | is the workspace's own corpus, TMX or index; --html must name another file
            report udhr --html $DIR                          | is a folder; --html names the file to write
            merge udhr                                       | merge COLLECTION UNIT
            help search extra                                | 'help' takes at most 1 argument; got 'extra'
            help serach                                      | unknown command 'serach'
            serach rights                                    | unknown command 'serach' (did you mean 'search'?)
            history                                          | history lists what was typed in the interactive shell
            """)
    void isRefusedInOneLineWithExitTwo(String line, String message) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split("\\s+")) {
            words.add(switch (word) {
                case "$EN" -> root.resolve("corpus/udhr/udhr.en.html").toString();
                case "$FR" -> root.resolve("corpus/udhr/udhr.fr.html").toString();
                case "$UDHR" -> root.resolve("corpus/udhr").toString();
                case "$TMX" -> root.resolve("tmx/udhr.tmx").toString();
                case "$DIR" -> root.toString();
                default -> word;
            });
        }
        StandardStreams streams = new StandardStreams();
        int code;
        try {
            code = RosettaApplication.run(words.toArray(String[]::new));
        } finally {
            streams.restore();
        }
        String err = streams.err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit status of %s (stderr: %s)", line, err).isEqualTo(2);
        assertThat(err.lines().toList()).as("stderr of %s", line).hasSize(1);
        assertThat(err).startsWith("error: ").contains(message.strip());
        assertThat(streams.out.toString(StandardCharsets.UTF_8)).as("stdout of %s", line).isEmpty();
    }

    /** The pivot's default is no demand: a collection without English builds with its first language as pivot. */
    @org.junit.jupiter.api.Test
    void aCollectionWithoutTheDefaultPivotBuilds() throws Exception {
        Path poems = java.nio.file.Files.createDirectories(root.resolve("corpus/poems"));
        java.nio.file.Files.writeString(poems.resolve("a.fr.txt"), "Le vent se lève. Il faut tenter de vivre.\n");
        java.nio.file.Files.writeString(poems.resolve("a.de.txt"), "Der Wind erhebt sich. Man muss zu leben"
                + " versuchen.\n");
        StandardStreams streams = new StandardStreams();
        try {
            assertThat(RosettaApplication.run(new String[] {"build", "--collection", "poems", "--quiet"})).isZero();
            assertThat(RosettaApplication.run(new String[] {"check-pivot", "poems"})).isZero();
        } finally {
            streams.restore();
        }
    }
}
