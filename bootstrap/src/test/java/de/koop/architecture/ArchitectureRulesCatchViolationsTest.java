package de.koop.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import de.koop.archfixture.adapter.http.FixtureController;
import de.koop.archfixture.adapter.http.FixtureFeed;
import de.koop.archfixture.adapter.http.FixtureShortcut;
import de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore;
import de.koop.archfixture.adapter.persistence.jdbc.JdbcFixtureStore;
import de.koop.archfixture.adapter.web.FixturePage;
import de.koop.archfixture.application.port.in.FixtureRecords;
import de.koop.archfixture.application.port.in.RegisterFixtureUseCase;
import de.koop.archfixture.application.port.in.StaleFixtureException;
import de.koop.archfixture.application.port.out.FixtureAudit;
import de.koop.archfixture.application.port.out.FixtureDates;
import de.koop.archfixture.application.port.out.FixtureRows;
import de.koop.archfixture.application.port.out.FixtureStore;
import de.koop.archfixture.application.service.FixtureService;
import de.koop.archfixture.bootstrap.FixtureWiring;
import de.koop.archfixture.domain.network.ClockReadingNetwork;
import de.koop.archfixture.domain.network.CyclicNetwork;
import de.koop.archfixture.domain.network.IntrospectedNetwork;
import de.koop.archfixture.domain.network.NowReferencingNetwork;
import de.koop.archfixture.domain.network.SqlBackedNetwork;
import de.koop.archfixture.domain.partner.CyclicPartner;
import de.koop.archfixture.domain.partner.MillisReadingPartner;
import de.koop.archfixture.domain.partner.SettablePartner;
import de.koop.archfixture.domain.shared.FixtureId;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule, run over the fixture {@code de.koop.archfixture}, fails and names the class that breaks
 * it; and a rule over a package without classes fails instead of passing vacuously.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String ADAPTERS = KoopClasses.FIXTURE_ROOT + ".adapter";

    private static JavaClasses fixture;
    private static ArchitectureRules RULES;

    @BeforeAll
    static void importFixture() {
        fixture = KoopClasses.fixture();
        RULES = ArchitectureRules.of(KoopClasses.FIXTURE_ROOT, fixture);
    }

    @Test
    void theFixtureImportHoldsNothingButTheFixture() {
        assertThat(fixture.contain(FixtureWiring.class)).isTrue();
        assertThat(fixture.stream()).allSatisfy(c -> assertThat(c.getPackageName()).startsWith(KoopClasses.FIXTURE_ROOT));
    }

    @Test
    void aFrameworkAnnotationInTheDomainIsCaught() {
        assertViolation(RULES.domainDependsOnlyOnJava(), IntrospectedNetwork.class)
                .hasMessageContaining("io.micronaut.core.annotation.Introspected")
                .hasMessageNotContaining(FixtureId.class.getName() + " ")
                .hasMessageNotContaining(SqlBackedNetwork.class.getName());
    }

    @Test
    void jdbcInTheDomainIsCaught() {
        assertViolation(RULES.domainDoesNotUseJdbc(), SqlBackedNetwork.class)
                .hasMessageContaining("java.sql.Connection");
    }

    @Test
    void theDomainCallingLocalDateNowIsCaught() {
        assertViolation(RULES.domainDoesNotReadTheClock(), ClockReadingNetwork.class)
                .hasMessageContaining("java.time.LocalDate.now()");
    }

    @Test
    void theDomainReferencingInstantNowIsCaught() {
        assertViolation(RULES.domainDoesNotReadTheClock(), NowReferencingNetwork.class)
                .hasMessageContaining("java.time.Instant.now()");
    }

    @Test
    void theDomainCallingSystemCurrentTimeMillisIsCaught() {
        assertViolation(RULES.domainDoesNotReadTheClock(), MillisReadingPartner.class)
                .hasMessageContaining("java.lang.System.currentTimeMillis()");
    }

    @Test
    void aPublicSetterInTheDomainIsCaughtButAMethodStartingWithSetIsNot() {
        assertViolation(RULES.domainHasNoSetters(), SettablePartner.class)
                .hasMessageContaining(SettablePartner.class.getName() + ".setName(")
                .hasMessageNotContaining(SettablePartner.class.getName() + ".settle(");
    }

    @Test
    void aJakartaDependencyInTheApplicationIsCaught() {
        assertViolation(RULES.applicationDependsOnlyOnDomainAndJava(), FixtureService.class)
                .hasMessageContaining("jakarta.inject.Provider");
    }

    @Test
    void anApplicationDependencyOnAnAdapterIsCaught() {
        assertViolation(RULES.applicationDependsOnlyOnDomainAndJava(), FixtureStore.class)
                .hasMessageContaining("de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore");
    }

    @Test
    void jdbcInTheApplicationIsCaught() {
        assertViolation(RULES.applicationDoesNotUseJdbc(), FixtureRows.class)
                .hasMessageContaining("java.sql.ResultSet");
    }

    @Test
    void anAdapterDependingOnAnotherAdapterIsCaught() {
        assertViolation(RULES.adaptersDoNotDependOnEachOther(), JdbcFixtureStore.class)
                .hasMessageContaining("de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore");
    }

    @Test
    void aNewAdapterPackageIsCheckedWithoutBeingListedAnywhere() {
        assertViolation(RULES.adaptersDoNotDependOnEachOther(), FixturePage.class)
                .hasMessageContaining(FixtureController.class.getName());
    }

    @Test
    void theAdaptersAreTheTopMostPackagesUnderTheAdapterRootThatHoldClasses() {
        Adapters found = RULES.adapters();

        assertThat(found.all()).containsExactly(ADAPTERS + ".http", ADAPTERS + ".mail",
                ADAPTERS + ".persistence.inmemory", ADAPTERS + ".persistence.jdbc", ADAPTERS + ".web");
        // the JDBC store throws an in-port's exception, so it counts as driving, too: that is its violation
        assertThat(found.driving()).containsExactly(ADAPTERS + ".http", ADAPTERS + ".persistence.jdbc");
        assertThat(found.driven()).containsExactly(ADAPTERS + ".persistence.inmemory", ADAPTERS + ".persistence.jdbc");
    }

    @Test
    void anAdapterUsingAServiceInsteadOfItsInPortIsCaught() {
        assertViolation(RULES.adaptersDoNotUseServices(), FixtureShortcut.class)
                .hasMessageContaining(FixtureService.class.getName())
                .hasMessageNotContaining(FixtureController.class.getName());
    }

    @Test
    void aDrivingAdapterUsingAnOutPortIsCaught() {
        assertViolation(RULES.drivingAdaptersDoNotUseOutPorts(), FixtureFeed.class)
                .hasMessageContaining(FixtureDates.Dates.class.getName())
                .hasMessageNotContaining(FixtureController.class.getName());
    }

    @Test
    void aDrivenAdapterUsingAnInPortIsCaught() {
        assertViolation(RULES.drivenAdaptersDoNotUseInPorts(), JdbcFixtureStore.class)
                .hasMessageContaining(StaleFixtureException.class.getName())
                .hasMessageNotContaining(InMemoryFixtureStore.class.getName());
    }

    @Test
    void anInPortCarryingAnOutPortsTypeIsCaught() {
        assertViolation(RULES.inPortsDoNotDependOnOutPorts(), FixtureRecords.class)
                .hasMessageContaining(FixtureDates.Dates.class.getName());
    }

    @Test
    void anAdapterDependingOnBootstrapIsCaught() {
        assertViolation(RULES.adaptersDoNotDependOnBootstrap(), FixtureController.class)
                .hasMessageContaining(FixtureWiring.class.getName());
    }

    @Test
    void anInPortDependingOnItsServiceIsCaught() {
        assertViolation(RULES.inPortsDoNotDependOnServicesOrAdapters(), RegisterFixtureUseCase.class)
                .hasMessageContaining(FixtureService.class.getName());
    }

    @Test
    void anOutPortDependingOnAnAdapterIsCaught() {
        assertViolation(RULES.outPortsDoNotDependOnServicesOrAdapters(), FixtureStore.class)
                .hasMessageContaining("de.koop.archfixture.adapter.persistence.inmemory.InMemoryFixtureStore");
    }

    @Test
    void anOutPortDependingOnAServiceIsCaught() {
        assertViolation(RULES.outPortsDoNotDependOnServicesOrAdapters(), FixtureAudit.class)
                .hasMessageContaining(FixtureService.class.getName());
    }

    @Test
    void aCycleBetweenAdapterAndBootstrapIsCaught() {
        assertViolation(RULES.topLevelPackagesAreFreeOfCycles(), FixtureController.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(FixtureWiring.class.getName());
    }

    @Test
    void aCycleBetweenDomainPackagesIsCaught() {
        assertViolation(RULES.domainPackagesAreFreeOfCycles(), CyclicNetwork.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(CyclicPartner.class.getName());
    }

    @Test
    void aCycleBetweenInPortAndServiceIsCaught() {
        assertViolation(RULES.applicationPackagesAreFreeOfCycles(), RegisterFixtureUseCase.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(FixtureService.class.getName());
    }

    @Test
    void everyRuleOfTheCatalogueFailsOnTheFixtureWithARealViolation() {
        assertThat(ArchitectureRules.forRoot(KoopClasses.FIXTURE_ROOT, fixture)).allSatisfy(rule ->
                assertThatThrownBy(() -> rule.check(fixture))
                        .as(rule.getDescription())
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("was violated")
                        .hasMessageNotContaining(NonVacuousRule.EMPTY_PACKAGE)
                        .hasMessageNotContaining(NonVacuousRule.TOO_FEW_SLICES)
                        .hasMessageNotContaining(NonVacuousRule.TOO_FEW_FOUND));
    }

    @Test
    void everyRuleFailsWhenThePackagesItNamesHoldNoClasses() {
        String nowhere = "de.koop.nowhere";
        assertThat(ArchitectureRules.forRoot(nowhere, fixture)).allSatisfy(rule ->
                assertThatThrownBy(() -> rule.check(fixture))
                        .as(rule.getDescription())
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("Package '" + nowhere + ".")
                        .hasMessageContaining(NonVacuousRule.EMPTY_PACKAGE));
    }

    @Test
    void aRuleFailsWhenOneOfItsAdapterPackagesIsMissing() {
        JavaClasses withoutHttp = fixture.that(resideOutsideOfPackage(KoopClasses.FIXTURE_ROOT + ".adapter.http.."));

        assertThatThrownBy(() -> RULES.adaptersDoNotDependOnEachOther().check(withoutHttp))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Package '" + KoopClasses.FIXTURE_ROOT + ".adapter.http..' named by this rule "
                        + NonVacuousRule.EMPTY_PACKAGE);
    }

    @Test
    void aRuleBetweenAdaptersFailsWhenFewerThanTwoAreFound() {
        JavaClasses onlyMail = fixture.that(resideOutsideOfPackage(ADAPTERS + "..")
                .or(resideInAPackage(ADAPTERS + ".mail..")));
        ArchitectureRules rules = ArchitectureRules.of(KoopClasses.FIXTURE_ROOT, onlyMail);

        assertThat(rules.adapters().all()).containsExactly(ADAPTERS + ".mail");
        assertThatThrownBy(() -> rules.adaptersDoNotDependOnEachOther().check(onlyMail))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fewer adapters under " + ADAPTERS + " " + NonVacuousRule.TOO_FEW_FOUND);
    }

    @Test
    void aRuleOverDrivingOrDrivenAdaptersFailsWhenNoneIsFound() {
        // neither the mail nor the web adapter of the fixture uses an in-port or implements an out-port
        JavaClasses mailAndWeb = fixture.that(resideOutsideOfPackage(ADAPTERS + "..")
                .or(resideInAPackage(ADAPTERS + ".mail..")).or(resideInAPackage(ADAPTERS + ".web..")));
        ArchitectureRules rules = ArchitectureRules.of(KoopClasses.FIXTURE_ROOT, mailAndWeb);

        assertThat(rules.adapters().driving()).isEmpty();
        assertThat(rules.adapters().driven()).isEmpty();
        assertThatThrownBy(() -> rules.drivingAdaptersDoNotUseOutPorts().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fewer driving adapters under " + ADAPTERS + " " + NonVacuousRule.TOO_FEW_FOUND);
        assertThatThrownBy(() -> rules.drivenAdaptersDoNotUseInPorts().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fewer driven adapters under " + ADAPTERS + " " + NonVacuousRule.TOO_FEW_FOUND);
    }

    @Test
    void aCycleRuleFailsWhenThereIsOnlyOneSliceToCompare() {
        JavaClasses onlyNetwork = fixture.that(resideOutsideOfPackage(KoopClasses.FIXTURE_ROOT + ".domain.partner.."))
                .that(resideOutsideOfPackage(KoopClasses.FIXTURE_ROOT + ".domain.shared.."));

        assertThatThrownBy(() -> RULES.domainPackagesAreFreeOfCycles().check(onlyNetwork))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(NonVacuousRule.TOO_FEW_SLICES);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertViolation(ArchRule rule, Class<?> offender) {
        return assertThatThrownBy(() -> rule.check(fixture))
                .as("%s over %s", rule.getDescription(), KoopClasses.FIXTURE_ROOT)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated")
                .hasMessageNotContaining(NonVacuousRule.EMPTY_PACKAGE)
                .hasMessageContaining(offender.getName());
    }
}
