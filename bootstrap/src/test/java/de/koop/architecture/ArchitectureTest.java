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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the hexagon hold for the production code of every module. */
class ArchitectureTest {

    /** The repository's root: the parent of bootstrap, where Maven runs this test. */
    private static final Path REPOSITORY = Path.of("..");

    private static JavaClasses production;
    private static ArchitectureRules RULES;

    @BeforeAll
    static void importProductionClasses() {
        production = KoopClasses.production();
        RULES = ArchitectureRules.of(KoopClasses.ROOT, production);
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
        // the adapters are compared with the Maven modules in theAdaptersFoundAreTheModulesUnderAdaptersOneEach
        assertThat(List.of("de.koop.domain..", "de.koop.application..", "de.koop.adapter..", "de.koop.bootstrap.."))
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
    void theAdaptersFoundAreTheModulesUnderAdaptersOneEach() {
        Map<String, String> adapterOfModule = new TreeMap<>();
        for (String module : adapterModules()) {
            List<String> topMost = topMostPackages(REPOSITORY.resolve(module).resolve("src/main/java"));
            assertThat(topMost).as("the top-most packages of %s", module).hasSize(1);
            adapterOfModule.put(module, topMost.getFirst());
        }

        assertThat(adapterOfModule).as("adapter modules in the parent POM").isNotEmpty();
        assertThat(adapterOfModule.values()).as("one adapter package per module").doesNotHaveDuplicates()
                .allSatisfy(adapter -> assertThat(adapter).startsWith("de.koop.adapter."));
        assertThat(RULES.adapters().all()).as("the adapters the rules check (a module missing here is not on "
                        + "bootstrap's class path)")
                .containsExactlyInAnyOrderElementsOf(adapterOfModule.values());
    }

    @Test
    void everyAdapterDrivesTheApplicationOrIsDrivenByItSoThatOneOfTheRulesAppliesToIt() {
        Adapters found = RULES.adapters();

        assertThat(found.all()).allSatisfy(adapter -> assertThat(found.driving().contains(adapter)
                || found.driven().contains(adapter)).as("%s uses in-ports or implements out-ports", adapter).isTrue());
    }

    @Test
    void adaptersDoNotUseServices() {
        RULES.adaptersDoNotUseServices().check(production);
    }

    @Test
    void drivingAdaptersDoNotUseOutPorts() {
        RULES.drivingAdaptersDoNotUseOutPorts().check(production);
    }

    @Test
    void drivenAdaptersDoNotUseInPorts() {
        RULES.drivenAdaptersDoNotUseInPorts().check(production);
    }

    @Test
    void inPortsDoNotDependOnOutPorts() {
        RULES.inPortsDoNotDependOnOutPorts().check(production);
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
        for (ArchRule rule : ArchitectureRules.forRoot(KoopClasses.ROOT, production)) {
            rule.check(production);
        }
    }

    /** The modules under {@code adapters/} that the parent POM builds. */
    private static List<String> adapterModules() {
        Matcher module = Pattern.compile("<module>(adapters/[^<]+)</module>").matcher(read(REPOSITORY.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        return modules;
    }

    /** The top-most packages that hold a source file under {@code sources}. */
    private static List<String> topMostPackages(Path sources) {
        Pattern declaration = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
        TreeSet<String> packages;
        try (Stream<Path> files = Files.walk(sources)) {
            packages = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .map(f -> declaration.matcher(read(f)))
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages.stream().filter(p -> packages.stream().noneMatch(other -> p.startsWith(other + "."))).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
