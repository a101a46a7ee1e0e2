package no.maturo.identity;

import static no.maturo.jooq.Tables.INVITATION;
import static no.maturo.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single-use invitation tokens: 32 random bytes handed out once (in the mail), only their SHA-256 hash stored,
 * valid for 7 days.
 */
@Service
class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final int TOKEN_BYTES = 32;

    /** An invitation found by its token, in whichever tenant it lives. */
    record Found(UUID tenantId, UUID id, UUID userId, OffsetDateTime expiresAt, OffsetDateTime usedAt) {

        boolean usable(OffsetDateTime now) {
            return usedAt == null && expiresAt.isAfter(now);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    Invitations(DSLContext dsl, TransactionTemplate transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    /**
     * Issues a new token for a person of the current tenant and withdraws their earlier unused ones. Returns the
     * token; it is not stored and cannot be recovered.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(UUID userId) {
        UUID tenantId = TenantContext.require();
        dsl.deleteFrom(INVITATION)
                .where(INVITATION.TENANT_ID.eq(tenantId), INVITATION.USER_ID.eq(userId), INVITATION.USED_AT.isNull())
                .execute();
        byte[] raw = new byte[TOKEN_BYTES];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        dsl.insertInto(INVITATION)
                .set(INVITATION.TENANT_ID, tenantId)
                .set(INVITATION.ID, UUID.randomUUID())
                .set(INVITATION.USER_ID, userId)
                .set(INVITATION.TOKEN_HASH, hash(token))
                .set(INVITATION.EXPIRES_AT, OffsetDateTime.now().plus(VALIDITY))
                .execute();
        return token;
    }

    /** Withdraws a person's unused invitations (for example when they are deactivated). */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdraw(UUID userId) {
        dsl.deleteFrom(INVITATION)
                .where(
                        INVITATION.TENANT_ID.eq(TenantContext.require()),
                        INVITATION.USER_ID.eq(userId),
                        INVITATION.USED_AT.isNull())
                .execute();
    }

    /** When the person's pending invitation expires, if they have one. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<OffsetDateTime> pendingUntil(UUID userId) {
        return dsl.select(DSL.max(INVITATION.EXPIRES_AT))
                .from(INVITATION)
                .where(
                        INVITATION.TENANT_ID.eq(TenantContext.require()),
                        INVITATION.USER_ID.eq(userId),
                        INVITATION.USED_AT.isNull())
                .fetchOptional(0, OffsetDateTime.class);
    }

    /**
     * Finds an invitation by its token before anyone is signed in. The one place that reads invitations without a
     * tenant (policy invitation_lookup, read only).
     */
    Optional<Found> findByToken(String token) {
        byte[] hash;
        try {
            hash = hash(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return transactions.execute(status -> {
            dsl.select(function(
                            "set_config", String.class, inline("app.invitation_lookup"), inline("on"), inline(true)))
                    .fetch();
            return dsl.select(
                            INVITATION.TENANT_ID,
                            INVITATION.ID,
                            INVITATION.USER_ID,
                            INVITATION.EXPIRES_AT,
                            INVITATION.USED_AT)
                    .from(INVITATION)
                    .where(INVITATION.TOKEN_HASH.eq(hash))
                    .fetchOptional(r -> new Found(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        });
    }

    /**
     * Marks the invitation used and sets the person's password, in the invitation's tenant (bound by the caller).
     * Returns false when it was used or expired in the meantime: only one acceptance can win.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean redeem(Found invitation, String passwordHash) {
        int used = dsl.update(INVITATION)
                .set(INVITATION.USED_AT, DSL.currentOffsetDateTime())
                .where(
                        INVITATION.TENANT_ID.eq(TenantContext.require()),
                        INVITATION.ID.eq(invitation.id()),
                        INVITATION.USED_AT.isNull(),
                        INVITATION.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .execute();
        if (used != 1) {
            return false;
        }
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(
                        USER_ACCOUNT.TENANT_ID.eq(TenantContext.require()),
                        USER_ACCOUNT.ID.eq(invitation.userId()),
                        USER_ACCOUNT.ACTIVE.isTrue())
                .execute();
        return true;
    }

    static byte[] hash(String token) {
        byte[] raw = Base64.getUrlDecoder().decode(token);
        if (raw.length != TOKEN_BYTES) {
            throw new IllegalArgumentException("Not an invitation token");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
