package dev.bazaar.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The clean-architecture rules every service holds (DESIGN.md, "Code layout"): dependencies point
 * inwards only. {@code <service>.domain} knows no framework and no outer layer;
 * {@code <service>.application} knows no adapter; inbound and outbound adapters do not call each
 * other but go through the application's ports.
 */
public final class ArchitectureRules {

    /** What the domain may not touch: frameworks, transports, persistence. */
    private static final String[] FRAMEWORKS = {
            "jakarta..", "javax.persistence..", "io.helidon..", "io.grpc..", "com.google.protobuf..",
            "org.eclipse.microprofile..", "org.apache.kafka..", "org.hibernate..", "org.flywaydb..",
            "dev.bazaar.api..", "dev.bazaar.platform.error.mapping..", "dev.bazaar.platform.grpc..",
            "dev.bazaar.platform.rest..", "dev.bazaar.platform.data..", "dev.bazaar.platform.messaging..", "dev.bazaar.platform.health..",
            "dev.bazaar.platform.lifecycle..", "dev.bazaar.platform.observability..",
            "dev.bazaar.platform.security.token.."};

    private ArchitectureRules() {
    }

    public static void check(String servicePackage, JavaClasses classes) {
        rules(servicePackage).forEach(rule -> rule.check(classes));
    }

    static java.util.List<ArchRule> rules(String root) {
        return java.util.List.of(
                noClasses().that().resideInAPackage(root + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                        .as("the domain of " + root + " uses no framework, transport or persistence type")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(root + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".adapter..")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(root + ".application..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(root + ".adapter.in..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".adapter.out..")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(root + ".adapter.out..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".adapter.in..")
                        .allowEmptyShould(true));
    }
}
