/**
 * TMX 1.4b: a JAXB model of its elements ({@code Tmx*} classes, package-private, mutable as JAXB needs) and
 * streaming reading and writing of {@link org.rosetta.model.TranslationUnit}s, one {@code tu} at a time.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package org.rosetta.tmx;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
