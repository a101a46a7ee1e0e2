package no.maturo.tenancy;

import java.util.Optional;
import java.util.UUID;

/**
 * The tenant the current piece of work acts for. Bound for the duration of a request (from the signed-in user) or
 * of a job, and read by the transaction manager, which hands it to PostgreSQL's row-level security in every
 * transaction. Unbound means no tenant: tenant-owned tables then show no rows at all.
 */
public final class TenantContext {

    private static final ScopedValue<UUID> CURRENT = ScopedValue.newInstance();

    private TenantContext() {}

    public static Optional<UUID> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    public static UUID require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant is bound to this work"));
    }

    public static <T, X extends Throwable> T callAs(UUID tenantId, ScopedValue.CallableOp<T, X> work) throws X {
        return ScopedValue.where(CURRENT, tenantId).call(work);
    }

    public static void runAs(UUID tenantId, Runnable work) {
        ScopedValue.where(CURRENT, tenantId).run(work);
    }
}
