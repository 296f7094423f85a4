/**
 * The extraction engine: finds the commitments in an answer's text and resolves their deadlines. Pure Java (jsoup for
 * HTML, the JDK for the rest): no Spring, Kafka or MongoDB, so that it can be tested, benchmarked and run from the
 * command line on its own. An ArchUnit rule keeps it so.
 */
package org.commitmenttracker.commitments.extraction;
