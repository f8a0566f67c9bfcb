package dev.bazaar.store;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.bazaar.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class StoreArchitectureTest {

    @Test
    void dependenciesPointInwards() {
        ArchitectureRules.check("dev.bazaar.store", new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bazaar.store"));
    }
}
