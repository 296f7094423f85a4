/**
 * The wire contract shared by every service: event records, the topic catalogue and the CloudEvents header names.
 * <p>
 * Every event travels as a Kafka record in CloudEvents binary mode: the record key is the event's subject (an answer
 * id or a commitment id), the {@code ce_*} headers carry the envelope, and the value is the event record as JSON.
 * Changes are additive only; a breaking change is a new {@code v2} topic and type. This package depends on the JDK
 * and Jackson's annotations, nothing else.
 */
package org.commitmenttracker.events;
