package de.koop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The dependency rules of the hexagon, as functions of a root package, so that the same rules run
 * against the production code ({@code de.koop}) and against a fixture that breaks each of them
 * ({@code de.koop.archfixture}).
 *
 * <p>The adapters are not listed here but found among the imported classes ({@link Adapters}), so that
 * a new adapter module is checked as soon as it is on the class path.
 *
 * <p>Every rule is a {@link NonVacuousRule}: before it is evaluated, it asserts that each project
 * package it names holds at least one imported class, and that enough adapters were found.
 */
public final class ArchitectureRules {

    private final String root;
    private final String domain;
    private final String application;
    private final String inPorts;
    private final String outPorts;
    private final String services;
    private final String adapters;
    private final Adapters found;
    private final String bootstrap;

    private ArchitectureRules(String root, JavaClasses classes) {
        this.root = Objects.requireNonNull(root, "root");
        this.domain = root + ".domain";
        this.application = root + ".application";
        this.inPorts = application + ".port.in";
        this.outPorts = application + ".port.out";
        this.services = application + ".service";
        this.adapters = root + ".adapter";
        this.found = Adapters.in(classes, adapters, inPorts, outPorts);
        this.bootstrap = root + ".bootstrap";
    }

    /** The rules over the packages under {@code root}, with the adapters found among {@code classes}. */
    public static ArchitectureRules of(String root, JavaClasses classes) {
        return new ArchitectureRules(root, classes);
    }

    /** Every rule over the packages under {@code root}, with the adapters found among {@code classes}. */
    public static List<ArchRule> forRoot(String root, JavaClasses classes) {
        return of(root, classes).all();
    }

    public String root() {
        return root;
    }

    /** The adapters these rules check. */
    public Adapters adapters() {
        return found;
    }

    public List<ArchRule> all() {
        return List.of(
                domainDependsOnlyOnJava(),
                domainDoesNotUseJdbc(),
                domainDoesNotReadTheClock(),
                domainHasNoSetters(),
                applicationDependsOnlyOnDomainAndJava(),
                applicationDoesNotUseJdbc(),
                adaptersDoNotDependOnEachOther(),
                adaptersDoNotDependOnBootstrap(),
                adaptersDoNotUseServices(),
                drivingAdaptersDoNotUseOutPorts(),
                drivenAdaptersDoNotUseInPorts(),
                inPortsDoNotDependOnServicesOrAdapters(),
                inPortsDoNotDependOnOutPorts(),
                outPortsDoNotDependOnServicesOrAdapters(),
                topLevelPackagesAreFreeOfCycles(),
                domainPackagesAreFreeOfCycles(),
                applicationPackagesAreFreeOfCycles());
    }

    // ---- domain ---------------------------------------------------------------------------------

    /** Domain depends on nothing but itself and {@code java..}; this also keeps framework annotations out. */
    public ArchRule domainDependsOnlyOnJava() {
        return NonVacuousRule.requiring(List.of(all(domain)),
                classes().that().resideInAPackage(all(domain))
                        .should().onlyDependOnClassesThat().resideInAnyPackage(all(domain), "java..")
                        .as("domain classes depend on nothing but the domain and java.. "
                                + "(no io.micronaut, jakarta, org.mapstruct annotations or types)"));
    }

    /** {@code java.sql} is under {@code java..}, so it needs a rule of its own. */
    public ArchRule domainDoesNotUseJdbc() {
        return NonVacuousRule.requiring(List.of(all(domain)),
                noClasses().that().resideInAPackage(all(domain))
                        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                        .as("domain classes do not use java.sql"));
    }

    /** Time comes into the domain as an argument; the domain never asks a clock itself. */
    public ArchRule domainDoesNotReadTheClock() {
        return NonVacuousRule.requiring(List.of(all(domain)),
                noClasses().that().resideInAPackage(all(domain))
                        .should().accessTargetWhere(readsTheSystemClock())
                        .as("domain classes do not read the clock (no java.time now(..), "
                                + "System.currentTimeMillis(), System.nanoTime(), Clock.system..(), "
                                + "not even as a method reference)"));
    }

    /** Behaviour methods change state; no public {@code setX(..)} backdoor. */
    public ArchRule domainHasNoSetters() {
        return NonVacuousRule.requiring(List.of(all(domain)),
                noMethods().that().areDeclaredInClassesThat().resideInAPackage(all(domain))
                        .and().arePublic()
                        .should().haveNameMatching("set[A-Z0-9_].*")
                        .as("domain classes have no public setters"));
    }

    // ---- application ----------------------------------------------------------------------------

    public ArchRule applicationDependsOnlyOnDomainAndJava() {
        return NonVacuousRule.requiring(List.of(all(application), all(domain)),
                classes().that().resideInAPackage(all(application))
                        .should().onlyDependOnClassesThat()
                        .resideInAnyPackage(all(application), all(domain), "java..")
                        .as("application classes depend on nothing but the application, the domain and java.. "
                                + "(no io.micronaut, jakarta, org.mapstruct, adapters or bootstrap)"));
    }

    public ArchRule applicationDoesNotUseJdbc() {
        return NonVacuousRule.requiring(List.of(all(application)),
                noClasses().that().resideInAPackage(all(application))
                        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                        .as("application classes do not use java.sql"));
    }

    public ArchRule inPortsDoNotDependOnServicesOrAdapters() {
        return NonVacuousRule.requiring(List.of(all(inPorts), all(services), all(adapters)),
                noClasses().that().resideInAPackage(all(inPorts))
                        .should().dependOnClassesThat().resideInAnyPackage(all(services), all(adapters))
                        .as("in-ports do not depend on the services implementing them, nor on adapters"));
    }

    /**
     * What a use case takes and returns is the driving side's business; what a store keeps, the driven
     * side's. A type both carry lives in the package the two share ({@code application.port}).
     */
    public ArchRule inPortsDoNotDependOnOutPorts() {
        return NonVacuousRule.requiring(List.of(all(inPorts), all(outPorts)),
                noClasses().that().resideInAPackage(all(inPorts))
                        .should().dependOnClassesThat().resideInAPackage(all(outPorts))
                        .as("in-ports do not depend on out-ports"));
    }

    public ArchRule outPortsDoNotDependOnServicesOrAdapters() {
        return NonVacuousRule.requiring(List.of(all(outPorts), all(services), all(adapters)),
                noClasses().that().resideInAPackage(all(outPorts))
                        .should().dependOnClassesThat().resideInAnyPackage(all(services), all(adapters))
                        .as("out-ports do not depend on services (the in-port implementations), "
                                + "nor on the adapters implementing them"));
    }

    // ---- adapters -------------------------------------------------------------------------------

    public ArchRule adaptersDoNotDependOnEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : found.all()) {
            String[] others = found.all().stream()
                    .filter(other -> !other.equals(adapter))
                    .map(ArchitectureRules::all)
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(all(adapter))
                    .should().dependOnClassesThat().resideInAnyPackage(others));
        }
        // with no adapter found the requirements below fail before any rule is evaluated
        ArchRule rule = rules.isEmpty() ? noClasses().that().resideInAnyPackage().should().dependOnClassesThat()
                .resideInAnyPackage() : CompositeArchRule.of(rules);
        return NonVacuousRule.requiring(concat(List.of(all(adapters)), allOf(found.all())),
                        rule.as("adapters do not depend on each other (found " + found.all() + ")"))
                .requiringFound("adapters under " + adapters, found.all(), 2);
    }

    /** Services implement the in-ports; an adapter calls the in-port, so that the application can wrap it. */
    public ArchRule adaptersDoNotUseServices() {
        return NonVacuousRule.requiring(List.of(all(adapters), all(services)),
                noClasses().that().resideInAPackage(all(adapters))
                        .should().dependOnClassesThat().resideInAPackage(all(services))
                        .as("adapters do not use the services, only the in-ports"));
    }

    /**
     * An adapter that uses in-ports drives the application; it reaches the stores and the outside world
     * only through a use case, never through an out-port.
     */
    public ArchRule drivingAdaptersDoNotUseOutPorts() {
        return adaptersOfOneSideDoNotUse("driving adapters", "using in-ports", found.driving(), outPorts,
                "out-ports");
    }

    /**
     * An adapter that implements out-ports is driven by the application; it neither calls use cases
     * nor needs their types.
     */
    public ArchRule drivenAdaptersDoNotUseInPorts() {
        return adaptersOfOneSideDoNotUse("driven adapters", "implementing out-ports", found.driven(), inPorts,
                "in-ports");
    }

    private ArchRule adaptersOfOneSideDoNotUse(String side, String because, List<String> sideAdapters,
                                               String forbidden, String forbiddenName) {
        return NonVacuousRule.requiring(concat(List.of(all(forbidden)), allOf(sideAdapters)),
                        noClasses().that().resideInAnyPackage(allOf(sideAdapters).toArray(String[]::new))
                                .should().dependOnClassesThat().resideInAPackage(all(forbidden))
                                .as(side + " (those " + because + ": " + sideAdapters + ") do not use "
                                        + forbiddenName))
                .requiringFound(side + " under " + adapters, sideAdapters, 1);
    }

    public ArchRule adaptersDoNotDependOnBootstrap() {
        return NonVacuousRule.requiring(concat(List.of(all(adapters), all(bootstrap)), allOf(found.all())),
                noClasses().that().resideInAPackage(all(adapters))
                        .should().dependOnClassesThat().resideInAPackage(all(bootstrap))
                        .as("adapters do not depend on bootstrap"));
    }

    // ---- cycles ---------------------------------------------------------------------------------

    /** No cycles between domain, application, adapter and bootstrap. */
    public ArchRule topLevelPackagesAreFreeOfCycles() {
        String pattern = root + ".(*)..";
        return NonVacuousRule.requiringSlices(pattern,
                List.of(all(domain), all(application), all(adapters), all(bootstrap)),
                slices().matching(pattern).should().beFreeOfCycles()
                        .as("the packages directly under " + root + " are free of cycles"));
    }

    /** No cycles between the domain's sub-packages (shared, network, partner, ...). */
    public ArchRule domainPackagesAreFreeOfCycles() {
        String pattern = domain + ".(*)..";
        return NonVacuousRule.requiringSlices(pattern, List.of(all(domain)),
                slices().matching(pattern).should().beFreeOfCycles()
                        .as("the sub-packages of " + domain + " are free of cycles"));
    }

    /**
     * No cycles between the application's packages; each package is a slice of its own
     * ({@code (**)}), so port.in and port.out count separately.
     */
    public ArchRule applicationPackagesAreFreeOfCycles() {
        String pattern = application + ".(**)";
        return NonVacuousRule.requiringSlices(pattern, List.of(all(inPorts), all(outPorts), all(services)),
                slices().matching(pattern).should().beFreeOfCycles()
                        .as("the packages of " + application + " are free of cycles"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", access -> {
            AccessTarget target = access.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            return (target.getOwner().getPackageName().startsWith("java.time") && name.equals("now"))
                    || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                    || (owner.equals("java.time.Clock") && name.startsWith("system"))
                    || (owner.equals("java.time.InstantSource") && name.equals("system"));
        });
    }

    private static String all(String packageName) {
        return packageName + "..";
    }

    private static List<String> allOf(List<String> packageNames) {
        return packageNames.stream().map(ArchitectureRules::all).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
