package org.rosetta.bench;

import org.rosetta.TestData;
import org.rosetta.model.Language;
import org.rosetta.model.TranslationUnit;
import org.rosetta.tmx.TmxReader;
import org.rosetta.tmx.TmxUnits;
import org.rosetta.tmx.TmxWriter;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * TMX streaming at scale: writes and reads N three-language units (real UDHR sentences in en, fr, fa, aligned by
 * Rosetta and repeated) and compares reading with a bare StAX pass over the same file. Run with a small heap
 * ({@code bench/run tmx}, -Xmx256m) to show memory does not grow with the file.
 */
public final class TmxBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<TranslationUnit> seed = TestData.udhrUnits("fr", "fa");
        Path file = Files.createTempFile("rosetta-bench", ".tmx");
        try {
            long start = System.nanoTime();
            TmxWriter.writeAtomically(file, TmxUnits.header(Language.of("en"), "bench", Instant.now()), writer -> {
                for (int i = 0; i < count; i++) {
                    TranslationUnit unit = seed.get(i % seed.size());
                    writer.write(new TranslationUnit("b-" + i, unit.collection(), unit.document(), unit.variants(),
                            unit.beadType(), unit.confidence()));
                }
            });
            double write = seconds(start);
            long bytes = Files.size(file);

            start = System.nanoTime();
            long[] read = new long[1];
            TmxReader.readTranslationUnits(file, unit -> read[0]++);
            double readTime = seconds(start);

            start = System.nanoTime();
            long bare = bareStaxPass(file);
            double stax = seconds(start);

            if (read[0] != count || bare != count) {
                throw new IllegalStateException("read " + read[0] + " units and StAX saw " + bare + ", wrote " + count);
            }
            System.out.printf(Locale.ROOT, "units %,d (3 languages), file %,d MB, heap max %d MB%n", count,
                    bytes >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "write: %.1f s, %,.0f units/s%n", write, count / write);
            System.out.printf(Locale.ROOT, "read:  %.1f s, %,.0f units/s%n", readTime, count / readTime);
            System.out.printf(Locale.ROOT, "bare StAX pass: %.1f s, %,.0f units/s; read is %.1fx the bare pass%n", stax,
                    count / stax, readTime / stax);
            System.out.printf(Locale.ROOT, "peak heap used: %d MB%n", peakHeap() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long bareStaxPass(Path file) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long units = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tu")) {
                    units++;
                }
            }
            xml.close();
        }
        return units;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private TmxBenchmark() {
    }
}
