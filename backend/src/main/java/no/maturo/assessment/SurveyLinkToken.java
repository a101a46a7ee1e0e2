package no.maturo.assessment;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The secret in a survey link: an employee's single-use answer link ({@link Kind#INVITATION}) or a customer's
 * outside-in link ({@link Kind#CUSTOMER}). It carries the tenant id, so the link is resolved inside that tenant's
 * row-level-security scope without any pre-sign-in policy, and 32 random bytes; only a SHA-256 hash is stored.
 *
 * @param tenantId the tenant the link belongs to, readable by anyone holding the link
 * @param hash the SHA-256 of the whole token, as stored
 */
record SurveyLinkToken(Kind kind, UUID tenantId, byte[] hash) {

    enum Kind {
        INVITATION("a_"),
        CUSTOMER("c_");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** A freshly generated token: {@code value} goes into the link, {@code parsed} into the database. */
    record Issued(String value, SurveyLinkToken parsed) {}

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static Issued issue(Kind kind, UUID tenantId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        ByteBuffer buffer = ByteBuffer.allocate(16 + SECRET_BYTES);
        buffer.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits());
        buffer.put(secret);
        String value = kind.prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
        return new Issued(value, new SurveyLinkToken(kind, tenantId, sha256(value)));
    }

    /** Empty for anything that is not a well-formed token of this kind; whether it exists is for the caller. */
    static Optional<SurveyLinkToken> parse(Kind kind, String presented) {
        if (presented == null || !presented.startsWith(kind.prefix) || presented.length() > 100) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(presented.substring(kind.prefix.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 16 + SECRET_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID tenantId = new UUID(buffer.getLong(), buffer.getLong());
        return Optional.of(new SurveyLinkToken(kind, tenantId, sha256(presented)));
    }

    /** SHA-256 of a text; also used for idempotency keys, which are stored hashed too. */
    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
