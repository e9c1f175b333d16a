package de.koop.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The adapters found among the imported classes, so that no list of them can fall behind the code: an
 * adapter is a top-most package under the adapter root that holds classes ({@code http},
 * {@code persistence.jdbc}; not {@code persistence}, which holds none, nor {@code http.oparl}, which
 * lies within {@code http}). {@code ArchitectureTest} checks that they are the Maven modules under
 * {@code adapters/}, one each.
 *
 * @param all     every adapter package, sorted
 * @param driving the adapters that use in-ports: they drive the application
 * @param driven  the adapters that implement out-ports: the application drives them
 */
record Adapters(List<String> all, List<String> driving, List<String> driven) {

    /** The adapters under {@code adapterRoot}, sorted into driving and driven by what their classes use. */
    static Adapters in(JavaClasses classes, String adapterRoot, String inPorts, String outPorts) {
        Set<String> packages = new TreeSet<>();
        classes.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(adapterRoot + "."))
                .forEach(packages::add);
        List<String> adapters = packages.stream()
                .filter(name -> packages.stream().noneMatch(other -> name.startsWith(other + ".")))
                .toList();
        PackageMatcher inPort = PackageMatcher.of(inPorts + "..");
        PackageMatcher outPort = PackageMatcher.of(outPorts + "..");
        List<String> driving = adapters.stream()
                .filter(adapter -> anyClassOf(classes, adapter, c -> c.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .anyMatch(target -> inPort.matches(target.getPackageName()))))
                .toList();
        List<String> driven = adapters.stream()
                .filter(adapter -> anyClassOf(classes, adapter, c -> c.getAllRawInterfaces().stream()
                        .anyMatch(type -> outPort.matches(type.getPackageName()))))
                .toList();
        return new Adapters(adapters, driving, driven);
    }

    private static boolean anyClassOf(JavaClasses classes, String adapter, Predicate<JavaClass> test) {
        PackageMatcher within = PackageMatcher.of(adapter + "..");
        return classes.stream().filter(c -> within.matches(c.getPackageName())).anyMatch(test);
    }
}
