package no.maturo.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Runs work for the given tenant. Refused inside a running transaction for another tenant: row-level
     * security takes the tenant when a transaction begins, so switching inside one would change nothing.
     */
    public static <T, X extends Throwable> T callAs(UUID tenantId, ScopedValue.CallableOp<T, X> work) throws X {
        refuseSwitchInsideTransaction(tenantId);
        return ScopedValue.where(CURRENT, tenantId).call(work);
    }

    public static void runAs(UUID tenantId, Runnable work) {
        refuseSwitchInsideTransaction(tenantId);
        ScopedValue.where(CURRENT, tenantId).run(work);
    }

    private static void refuseSwitchInsideTransaction(UUID tenantId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !current().map(tenantId::equals).orElse(false)) {
            throw new IllegalStateException(
                    "Bind the tenant before the transaction begins: switching inside one would not reach RLS");
        }
    }
}
