package no.maturo.shared;

/** The request is well-formed but clashes with stored data (for example a duplicate name). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
