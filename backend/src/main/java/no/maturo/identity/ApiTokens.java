package no.maturo.identity;

import static no.maturo.jooq.Tables.API_TOKEN;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.maturo.audit.AuditLog;
import no.maturo.shared.NotFoundException;
import no.maturo.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens: {@code mat_} followed by base64url(tenant id, token id, 32 random bytes). The token names its own
 * tenant and id, so checking it is a primary-key read under that tenant's row-level security; only a SHA-256
 * hash of the random part is stored, compared in constant time. Shown once at creation, never again.
 */
@Service
class ApiTokens {

    static final String PREFIX = "mat_";
    private static final int SECRET_BYTES = 32;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    record ApiToken(
            UUID id,
            String name,
            Set<ApiScope> scopes,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {}

    record CreatedToken(ApiToken token, String secret) {}

    private final DSLContext dsl;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    ApiTokens(DSLContext dsl, AuditLog auditLog, TransactionTemplate transactions) {
        this.dsl = dsl;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @Transactional
    CreatedToken create(String name, Set<ApiScope> scopes, Duration validity) {
        UUID tenantId = TenantContext.require();
        UUID id = UUID.randomUUID();
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String createdBy =
                SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AuthenticatedUser user
                        ? user.email()
                        : "system";
        ApiToken token = toToken(dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.TENANT_ID, tenantId)
                .set(API_TOKEN.ID, id)
                .set(API_TOKEN.NAME, name.strip())
                .set(API_TOKEN.SECRET_HASH, sha256(secret))
                .set(API_TOKEN.SCOPES, scopes.stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(API_TOKEN.CREATED_BY, createdBy)
                .set(API_TOKEN.EXPIRES_AT, OffsetDateTime.now().plus(validity))
                .returning()
                .fetchSingle());
        auditLog.record("api-token.created", "api-token", id, null, token);
        return new CreatedToken(token, encode(tenantId, id, secret));
    }

    @Transactional(readOnly = true)
    List<ApiToken> list() {
        return dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.TENANT_ID.eq(TenantContext.require()))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(ApiTokens::toToken);
    }

    @Transactional
    ApiToken revoke(UUID id) {
        UUID tenantId = TenantContext.require();
        ApiToken before = dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.TENANT_ID.eq(tenantId), API_TOKEN.ID.eq(id))
                .fetchOptional(ApiTokens::toToken)
                .orElseThrow(() -> new NotFoundException("No such API token."));
        // Revoking twice keeps the first revocation time.
        ApiToken after = toToken(dsl.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, DSL.coalesce(API_TOKEN.REVOKED_AT, DSL.val(OffsetDateTime.now())))
                .where(API_TOKEN.TENANT_ID.eq(tenantId), API_TOKEN.ID.eq(id))
                .returning()
                .fetchSingle());
        auditLog.record("api-token.revoked", "api-token", id, before, after);
        return after;
    }

    /** The principal for a presented token, if it is well-formed, known, unexpired and not revoked. */
    Optional<ApiTokenPrincipal> authenticate(String presented) {
        Optional<Decoded> decoded = decode(presented);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Decoded token = decoded.get();
        return TenantContext.callAs(
                token.tenantId(),
                () -> transactions.execute(status -> {
                    var row = dsl.selectFrom(API_TOKEN)
                            .where(API_TOKEN.TENANT_ID.eq(token.tenantId()), API_TOKEN.ID.eq(token.tokenId()))
                            .fetchOptional();
                    OffsetDateTime now = OffsetDateTime.now();
                    if (row.isEmpty()
                            || !MessageDigest.isEqual(row.get().getSecretHash(), sha256(token.secret()))
                            || row.get().getRevokedAt() != null
                            || !row.get().getExpiresAt().isAfter(now)) {
                        return Optional.<ApiTokenPrincipal>empty();
                    }
                    // Recorded at most once a minute, so busy integrations do not write on every call.
                    dsl.update(API_TOKEN)
                            .set(API_TOKEN.LAST_USED_AT, now)
                            .where(API_TOKEN.TENANT_ID.eq(token.tenantId()), API_TOKEN.ID.eq(token.tokenId()))
                            .and(API_TOKEN
                                    .LAST_USED_AT
                                    .isNull()
                                    .or(API_TOKEN.LAST_USED_AT.lt(now.minus(LAST_USED_PRECISION))))
                            .execute();
                    ApiToken stored = toToken(row.get());
                    return Optional.of(
                            new ApiTokenPrincipal(token.tenantId(), token.tokenId(), stored.name(), stored.scopes()));
                }));
    }

    private record Decoded(UUID tenantId, UUID tokenId, byte[] secret) {}

    static String encode(UUID tenantId, UUID tokenId, byte[] secret) {
        ByteBuffer buffer = ByteBuffer.allocate(32 + secret.length);
        buffer.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits());
        buffer.putLong(tokenId.getMostSignificantBits()).putLong(tokenId.getLeastSignificantBits());
        buffer.put(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private static Optional<Decoded> decode(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(presented.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != 32 + SECRET_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID tenantId = new UUID(buffer.getLong(), buffer.getLong());
        UUID tokenId = new UUID(buffer.getLong(), buffer.getLong());
        byte[] secret = new byte[SECRET_BYTES];
        buffer.get(secret);
        return Optional.of(new Decoded(tenantId, tokenId, secret));
    }

    private static byte[] sha256(byte[] secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken toToken(Record record) {
        var r = record.into(API_TOKEN);
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String scope : r.getScopes()) {
            scopes.add(ApiScope.valueOf(scope));
        }
        return new ApiToken(
                r.getId(),
                r.getName(),
                scopes,
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getExpiresAt(),
                r.getLastUsedAt(),
                r.getRevokedAt());
    }
}
