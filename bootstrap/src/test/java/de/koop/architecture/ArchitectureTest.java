package de.koop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;
import de.koop.adapter.http.NetworkController;
import de.koop.adapter.persistence.inmemory.InMemoryNetworks;
import de.koop.adapter.persistence.jdbc.JdbcNetworks;
import de.koop.application.port.in.RegisterNetworkUseCase;
import de.koop.application.port.out.Networks;
import de.koop.application.service.NetworkService;
import de.koop.bootstrap.Application;
import de.koop.domain.network.Network;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md hold for the production code of every module. */
class ArchitectureTest {

    private static JavaClasses production;
    private static final ArchitectureRules RULES = ArchitectureRules.of(KoopClasses.ROOT);

    @BeforeAll
    static void importProductionClasses() {
        production = KoopClasses.production();
    }

    @Test
    void theImportHoldsClassesFromEveryModule() {
        assertThat(List.of(
                Network.class,                  // domain
                RegisterNetworkUseCase.class,   // application, in-port
                Networks.class,                 // application, out-port
                NetworkService.class,           // application, service
                InMemoryNetworks.class,         // persistence-inmemory
                JdbcNetworks.class,             // persistence-jdbc
                NetworkController.class,        // http
                Application.class))             // bootstrap
                .allSatisfy(type -> assertThat(production.contain(type))
                        .as("imported classes contain %s", type.getName())
                        .isTrue());
        assertThat(List.of("de.koop.domain..", "de.koop.application..", "de.koop.adapter.persistence.inmemory..",
                "de.koop.adapter.persistence.jdbc..", "de.koop.adapter.http..", "de.koop.adapter.mail..", "de.koop.bootstrap.."))
                .allSatisfy(pattern -> assertThat(production.stream()
                        .filter(c -> PackageMatcher.of(pattern).matches(c.getPackageName())))
                        .as("imported classes in %s", pattern)
                        .isNotEmpty());
    }

    @Test
    void theImportLeavesOutTestCodeAndTheFixture() {
        assertThat(production.stream().map(JavaClass::getName))
                .as("no fixture class is imported")
                .noneMatch(name -> name.startsWith(KoopClasses.FIXTURE_ROOT + "."))
                .as("no test class is imported")
                .noneMatch(name -> name.startsWith("de.koop.architecture."))
                .noneMatch(name -> name.endsWith("Test") || name.endsWith("Contract"))
                .as("the application's test-jar (contract tests and their fixtures) is not imported")
                .doesNotContain("de.koop.application.port.out.Fixtures",
                        "de.koop.application.port.out.NetworksContract");
    }

    @Test
    void domainDependsOnNothingButJava() {
        RULES.domainDependsOnlyOnJava().check(production);
    }

    @Test
    void domainDoesNotUseJdbc() {
        RULES.domainDoesNotUseJdbc().check(production);
    }

    @Test
    void domainDoesNotReadTheClock() {
        RULES.domainDoesNotReadTheClock().check(production);
    }

    @Test
    void domainHasNoPublicSetters() {
        RULES.domainHasNoSetters().check(production);
    }

    @Test
    void applicationDependsOnNothingButDomainAndJava() {
        RULES.applicationDependsOnlyOnDomainAndJava().check(production);
    }

    @Test
    void applicationDoesNotUseJdbc() {
        RULES.applicationDoesNotUseJdbc().check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        RULES.adaptersDoNotDependOnEachOther().check(production);
    }

    @Test
    void adaptersDoNotDependOnBootstrap() {
        RULES.adaptersDoNotDependOnBootstrap().check(production);
    }

    @Test
    void inPortsDoNotDependOnServicesOrAdapters() {
        RULES.inPortsDoNotDependOnServicesOrAdapters().check(production);
    }

    @Test
    void outPortsDoNotDependOnServicesOrAdapters() {
        RULES.outPortsDoNotDependOnServicesOrAdapters().check(production);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        RULES.topLevelPackagesAreFreeOfCycles().check(production);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        RULES.domainPackagesAreFreeOfCycles().check(production);
    }

    @Test
    void applicationPackagesAreFreeOfCycles() {
        RULES.applicationPackagesAreFreeOfCycles().check(production);
    }

    @Test
    void everyRuleOfTheCatalogueHoldsForProductionCode() {
        for (ArchRule rule : ArchitectureRules.forRoot(KoopClasses.ROOT)) {
            rule.check(production);
        }
    }
}
