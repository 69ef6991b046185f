package org.rosetta.segment;

import org.rosetta.model.InputException;
import org.rosetta.model.Language;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Segmentation rules in SRX 2.0, the format translation tools share: named language rule sets of
 * {@code <rule break="yes|no"><beforebreak/><afterbreak/></rule>}, and language maps from a language pattern to a
 * rule set, in order. With {@code cascade="yes"} every matching map's rules apply, in map order; otherwise only the
 * first's. Read without DTDs or external entities. Immutable.
 */
public final class SrxRules {

    /** One rule: where {@code before} ends and {@code after} starts, break or not. */
    record Rule(boolean breaks, Pattern position) {
    }

    private record LanguageMap(Pattern language, String rules) {
    }

    private final boolean cascade;
    private final Map<String, List<Rule>> ruleSets;
    private final List<LanguageMap> maps;

    private SrxRules(boolean cascade, Map<String, List<Rule>> ruleSets, List<LanguageMap> maps) {
        this.cascade = cascade;
        this.ruleSets = ruleSets;
        this.maps = maps;
    }

    /** The rules for a language, in the order they are tried. */
    List<Rule> rulesFor(Language language) {
        List<Rule> rules = new ArrayList<>();
        for (LanguageMap map : maps) {
            if (map.language().matcher(language.tag()).matches()
                    || map.language().matcher(language.tag().toUpperCase(java.util.Locale.ROOT)).matches()) {
                rules.addAll(ruleSets.getOrDefault(map.rules(), List.of()));
                if (!cascade) {
                    break;
                }
            }
        }
        return rules;
    }

    private static String required(Path file, XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null) {
            throw new InputException(file + ":" + xml.getLocation().getLineNumber() + ": <" + xml.getLocalName()
                    + "> without " + attribute);
        }
        return value;
    }

    public static SrxRules read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, List<Rule>> ruleSets = new LinkedHashMap<>();
        List<LanguageMap> maps = new ArrayList<>();
        boolean cascade = false;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            List<Rule> current = null;
            Boolean breaks = null;
            String before = "";
            String after = "";
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "header" -> cascade = "yes".equals(xml.getAttributeValue(null, "cascade"));
                        case "languagerule" -> {
                            current = new ArrayList<>();
                            ruleSets.put(xml.getAttributeValue(null, "languagerulename"), current);
                        }
                        case "rule" -> {
                            breaks = !"no".equals(xml.getAttributeValue(null, "break"));
                            before = "";
                            after = "";
                        }
                        case "beforebreak" -> before = xml.getElementText();
                        case "afterbreak" -> after = xml.getElementText();
                        case "languagemap" -> maps.add(new LanguageMap(
                                Pattern.compile(required(file, xml, "languagepattern")),
                                required(file, xml, "languagerulename")));
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("rule")
                        && current != null && breaks != null) {
                    current.add(new Rule(breaks, Pattern.compile("(?:" + before + ")(?=" + after + ")")));
                }
            }
        } catch (XMLStreamException e) {
            throw new InputException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber())
                    + ": not SRX (" + e.getMessage().lines().reduce((a, b) -> b).orElse("").strip() + ")", e);
        } catch (java.util.MissingResourceException | IllegalStateException e) {
            // thrown from inside the JDK's parser on some malformed input (found by fuzzing the TMX reader)
            throw new InputException(file + ": not SRX (not well-formed XML)", e);
        } catch (PatternSyntaxException e) {
            throw new InputException(file + ": bad rule pattern " + e.getPattern(), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (maps.isEmpty()) {
            throw new InputException(file + ": no languagemap in this SRX file");
        }
        return new SrxRules(cascade, ruleSets, maps);
    }
}
