/**
 * The extraction engine: finds the commitments in an answer's text and resolves their deadlines, with a trained
 * decision ({@link org.commitmenttracker.commitments.extraction.CommitmentModel}) and the code that trains and
 * cross-validates it ({@link org.commitmenttracker.commitments.extraction.ExtractionTraining}). Plain Java with
 * Apache OpenNLP for the analysis and the model, Lucene's Krovetz stemmer and jsoup: no Spring, Kafka or MongoDB, so
 * that it can be tested, trained, benchmarked and run from the command line on its own. An ArchUnit rule keeps it so.
 */
package org.commitmenttracker.commitments.extraction;
