package no.maturo;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules only use each other's public API, and never in a cycle. */
class ModuleStructureTest {

    // Generated from the schema; every module uses its own tables from there.
    static final ApplicationModules MODULES =
            ApplicationModules.of(MaturoApplication.class, JavaClass.Predicates.resideInAPackage("no.maturo.jooq.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
