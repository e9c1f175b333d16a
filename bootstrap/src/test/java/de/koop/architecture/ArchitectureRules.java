package de.koop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The dependency rules of ARCHITECTURE.md, as functions of a root package, so that the same rules run
 * against the production code ({@code de.koop}) and against a fixture that breaks each of them
 * ({@code de.koop.archfixture}).
 *
 * <p>Every rule is a {@link NonVacuousRule}: before it is evaluated, it asserts that each project
 * package it names holds at least one imported class.
 */
public final class ArchitectureRules {

    private final String root;
    private final String domain;
    private final String application;
    private final String inPorts;
    private final String outPorts;
    private final String services;
    private final String adapters;
    private final List<String> adapterPackages;
    private final String bootstrap;

    private ArchitectureRules(String root) {
        this.root = Objects.requireNonNull(root, "root");
        this.domain = root + ".domain";
        this.application = root + ".application";
        this.inPorts = application + ".port.in";
        this.outPorts = application + ".port.out";
        this.services = application + ".service";
        this.adapters = root + ".adapter";
        this.adapterPackages = List.of(
                adapters + ".persistence.inmemory",
                adapters + ".persistence.jdbc",
                adapters + ".http",
                adapters + ".mail");
        this.bootstrap = root + ".bootstrap";
    }

    /** The rules over the packages under {@code root}. */
    public static ArchitectureRules of(String root) {
        return new ArchitectureRules(root);
    }

    /** Every rule over the packages under {@code root}. */
    public static List<ArchRule> forRoot(String root) {
        return of(root).all();
    }

    public String root() {
        return root;
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
                inPortsDoNotDependOnServicesOrAdapters(),
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
        return NonVacuousRule.requiring(concat(List.of(all(inPorts), all(services)), allOf(adapterPackages)),
                noClasses().that().resideInAPackage(all(inPorts))
                        .should().dependOnClassesThat().resideInAnyPackage(all(services), all(adapters))
                        .as("in-ports do not depend on the services implementing them, nor on adapters"));
    }

    public ArchRule outPortsDoNotDependOnServicesOrAdapters() {
        return NonVacuousRule.requiring(concat(List.of(all(outPorts), all(services)), allOf(adapterPackages)),
                noClasses().that().resideInAPackage(all(outPorts))
                        .should().dependOnClassesThat().resideInAnyPackage(all(services), all(adapters))
                        .as("out-ports do not depend on services (the in-port implementations), "
                                + "nor on the adapters implementing them"));
    }

    // ---- adapters -------------------------------------------------------------------------------

    public ArchRule adaptersDoNotDependOnEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : adapterPackages) {
            String[] others = adapterPackages.stream()
                    .filter(other -> !other.equals(adapter))
                    .map(ArchitectureRules::all)
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(all(adapter))
                    .should().dependOnClassesThat().resideInAnyPackage(others));
        }
        return NonVacuousRule.requiring(allOf(adapterPackages),
                CompositeArchRule.of(rules).as("adapters do not depend on each other"));
    }

    public ArchRule adaptersDoNotDependOnBootstrap() {
        return NonVacuousRule.requiring(concat(allOf(adapterPackages), List.of(all(bootstrap))),
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
