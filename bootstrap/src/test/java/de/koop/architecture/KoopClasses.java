package de.koop.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Imports the classes the architecture rules look at.
 *
 * <p>The sibling modules reach bootstrap's test classpath as {@code target/classes} directories in a
 * reactor build and as jars when bootstrap is built alone, so jars are <em>not</em> excluded. Test
 * code is: test-classes directories ({@link ImportOption.Predefined#DO_NOT_INCLUDE_TESTS}), test-jars
 * ({@code *-tests.jar}), and the fixture package {@value #FIXTURE_ROOT}, which sits under
 * {@value #ROOT} but deliberately breaks every rule.
 */
final class KoopClasses {

    static final String ROOT = "de.koop";
    static final String FIXTURE_ROOT = "de.koop.archfixture";

    private KoopClasses() {
    }

    /** The production classes of all modules, without any test or fixture class. */
    static JavaClasses production() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .withImportOption(location -> !location.contains("/" + FIXTURE_ROOT.replace('.', '/') + "/"))
                .importPackages(ROOT);
    }

    /** The fixture classes only; they live in bootstrap's test-classes, so test code is not excluded here. */
    static JavaClasses fixture() {
        return new ClassFileImporter().importPackages(FIXTURE_ROOT);
    }
}
