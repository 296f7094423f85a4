package org.commitmenttracker.commitments.store;

/**
 * A change that the rules of review and lifecycle refuse. {@code CONFLICT} when the commitment is not in a state that
 * allows it (a 409), {@code INVALID} when the change lacks what it needs (a 422), each naming the field at fault.
 */
public class ChangeRefusedException extends RuntimeException {

    public enum Reason { CONFLICT, INVALID }

    private final Reason reason;
    private final String field;

    public ChangeRefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
