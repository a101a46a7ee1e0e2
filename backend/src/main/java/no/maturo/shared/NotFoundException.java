package no.maturo.shared;

/** Something the caller named does not exist, or is not theirs to see: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
