package org.commitmenttracker.support.web;

/** The thing asked for does not exist; becomes a 404 problem detail with this message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
