package org.commitmenttracker.support.events;

import java.util.Optional;

import io.cloudevents.CloudEvent;
import org.commitmenttracker.events.EventType;
import org.commitmenttracker.events.TrackerEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a consumed CloudEvent back into its event record. Types this reader does not know are skipped (topics only
 * ever gain types); a known type whose body does not parse is a {@link MalformedEventException}, which goes to the
 * dead-letter topic without retries.
 */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json;
    }

    public Optional<TrackerEvent> read(CloudEvent event) {
        Optional<EventType> type = EventType.ofTypeId(event.getType());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (event.getData() == null) {
            throw new MalformedEventException("Event " + event.getId() + " of type " + event.getType() + " has no data");
        }
        try {
            TrackerEvent read = json.readValue(event.getData().toBytes(), type.get().recordType());
            if (read.eventId() == null || read.subject() == null) {
                throw new MalformedEventException("Event " + event.getId() + " lacks its eventId or subject");
            }
            return Optional.of(read);
        } catch (JacksonException | NullPointerException e) {
            throw new MalformedEventException("Event " + event.getId() + " of type " + event.getType()
                    + " does not match its schema", e);
        }
    }
}
