package org.rosetta.corpus;

/**
 * Where a build is, for a progress display: in {@code collection}, {@code done} of {@code total} items of the
 * current {@code stage} ({@link Stage#READING} documents, {@link Stage#ALIGNING} document pairs, then
 * {@link Stage#DONE} with the collection's units).
 */
public record BuildStep(String collection, Stage stage, int done, int total) {

    /** What the build is doing. */
    public enum Stage { READING, ALIGNING, WRITING, DONE }
}
