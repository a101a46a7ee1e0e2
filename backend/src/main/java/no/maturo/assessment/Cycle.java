package no.maturo.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.maturo.identity.RoleLevel;

/** One run of an assessment or a pulse, as stored. */
record Cycle(
        UUID id,
        String name,
        Kind kind,
        UUID modelVersionId,
        Status status,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        Recurrence recurrence,
        UUID seriesId,
        int seriesNumber,
        Integer pulseRotation,
        UUID audienceDepartmentId,
        List<RoleLevel> audienceRoleLevels,
        Integer reminderIntervalDays,
        boolean outsideIn,
        Integer anonymityThreshold,
        OffsetDateTime createdAt,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt) {

    enum Kind {
        ASSESSMENT,
        PULSE
    }

    enum Status {
        DRAFT,
        SCHEDULED,
        OPEN,
        CLOSED
    }

    enum Recurrence {
        NONE(0),
        MONTHLY(1),
        QUARTERLY(3);

        final int months;

        Recurrence(int months) {
            this.months = months;
        }
    }

    /** What an administrator chooses; everything else is set by the lifecycle. */
    record Plan(
            String name,
            Kind kind,
            UUID modelVersionId,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            Recurrence recurrence,
            Integer pulseRotation,
            UUID audienceDepartmentId,
            List<RoleLevel> audienceRoleLevels,
            Integer reminderIntervalDays,
            boolean outsideIn) {}

    Plan plan() {
        return new Plan(
                name,
                kind,
                modelVersionId,
                opensAt,
                closesAt,
                recurrence,
                pulseRotation,
                audienceDepartmentId,
                audienceRoleLevels,
                reminderIntervalDays,
                outsideIn);
    }
}
