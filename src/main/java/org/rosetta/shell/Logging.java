package org.rosetta.shell;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging outside the Spring application (one-shot and script mode): the libraries' Commons Logging goes to the
 * JDK's own logging, which is up already and prints warnings and errors on standard error, rather than through
 * SLF4J to Logback, whose start-up alone costs a tenth of a second; as in the shell (Logback's root at WARN), only
 * warnings and errors are shown, on standard error. Lucene's advice to enable the incubating vector API is for
 * servers, not for a user's command line, and is not shown. Set before the first logger is made; when the user
 * gave either {@code org.apache.commons.logging} system property, both are left as they are.
 */
final class Logging {

    /** Held: the JDK keeps loggers only while someone refers to them, and their level with them. */
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");
    private static final Logger ROOT = Logger.getLogger("");

    private Logging() {
    }

    static void quiet() {
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null
                && System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory",
                    "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
        ROOT.setLevel(Level.WARNING);
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }
}
