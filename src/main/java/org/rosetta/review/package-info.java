/**
 * Corrections a person makes to an alignment: stored beside the corpus ({@code corpus/<collection>/<document>.links.tsv}),
 * keyed by sentence fingerprints so that they survive unrelated edits of the source, turned into the aligner's hard
 * constraints at build time, and made by the edits of the review commands.
 */
package org.rosetta.review;
