package dev.bazaar.order;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.bazaar.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class OrderArchitectureTest {

    @Test
    void dependenciesPointInwards() {
        ArchitectureRules.check("dev.bazaar.order", new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bazaar.order"));
    }
}
