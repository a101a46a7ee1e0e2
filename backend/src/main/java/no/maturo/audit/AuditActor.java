package no.maturo.audit;

import java.util.UUID;

/** Who made a change: a signed-in person, or a named system actor (for example a SCIM client). */
public interface AuditActor {

    /** Null for system actors. */
    UUID actorId();

    String actorLabel();

    static AuditActor system(String label) {
        return new AuditActor() {
            @Override
            public UUID actorId() {
                return null;
            }

            @Override
            public String actorLabel() {
                return label;
            }
        };
    }
}
