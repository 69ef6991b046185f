package org.rosetta.tmx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** The shared, thread-safe JAXB context for the TMX model, and the names Rosetta uses in TMX. */
final class TmxFormat {

    static final String DOCTYPE = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">";
    static final String PROP_COLLECTION = "x-collection";
    static final String PROP_DOCUMENT = "x-document";
    static final String PROP_BEAD = "x-bead";
    static final String PROP_CONFIDENCE = "x-confidence";

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(TmxHeader.class, TmxTu.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("TMX model does not bind: " + e, e);
            }
        }
    }

    static JAXBContext context() {
        return Holder.CONTEXT;
    }

    private TmxFormat() {
    }
}
