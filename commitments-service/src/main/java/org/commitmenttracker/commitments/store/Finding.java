package org.commitmenttracker.commitments.store;

import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Strength;

/** What the engine found, or what staff set in its place: the action, its strength and its deadline. */
public record Finding(String action, Strength strength, Deadline deadline) {
}
