package org.rosetta.qa;

/** How much a finding matters, most first: an error is almost surely wrong, a warning worth a look. */
public enum Severity {
    ERROR, WARNING, INFO
}
