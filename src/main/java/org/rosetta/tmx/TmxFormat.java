package org.rosetta.tmx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** The shared, thread-safe JAXB context of the TMX bindings, and the DOCTYPE written files carry. */
final class TmxFormat {

    static final String DOCTYPE = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">";

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(XmlHeader.class, XmlTu.class);
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
