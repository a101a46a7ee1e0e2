package no.maturo.identity;

import java.util.UUID;

/** A principal that acts inside one tenant (null for platform admins). */
interface TenantMember {

    UUID tenantId();
}
