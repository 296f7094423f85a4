package org.commitmenttracker.support.events;

/** The broker did not acknowledge an event in time: nothing may be reported as accepted. */
public class EventPublishingException extends RuntimeException {

    public EventPublishingException(String message, Throwable cause) {
        super(message, cause);
    }
}
