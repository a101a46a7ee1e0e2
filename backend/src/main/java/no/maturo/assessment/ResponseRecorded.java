package no.maturo.assessment;

import java.util.List;
import java.util.UUID;
import no.maturo.model.MaturityScores;

/**
 * Published inside the transaction that stores a response, after its rows are written, so listeners can keep
 * aggregates in step with the responses in the same transaction. Carries no respondent identity: only the group the
 * response counts in (department and role level from the participation snapshot; no department and role level
 * {@code CUSTOMER} for outside-in answers) and the answers.
 */
public record ResponseRecorded(
        UUID cycleId, UUID modelVersionId, UUID departmentId, String roleLevel, List<MaturityScores.Answer> answers) {

    public static final String CUSTOMER = "CUSTOMER";

    public ResponseRecorded {
        answers = List.copyOf(answers);
    }
}
