package de.koop.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.Priority;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link ArchRule} that first asserts that every project package it names holds at least one
 * imported class (and that every slice pattern it names yields at least two slices), and only then
 * evaluates the wrapped rule. A rule over a package that does not exist, was renamed, or was not
 * imported therefore fails instead of passing vacuously.
 *
 * <p>Only project packages are listed as requirements; outside packages a rule names as forbidden
 * or allowed targets ({@code java..}, {@code io.micronaut..}) are not imported and need not exist.
 */
final class NonVacuousRule implements ArchRule {

    /** Text every missing-package violation contains, so tests can tell it from a real violation. */
    static final String EMPTY_PACKAGE = "holds no imported class";
    static final String TOO_FEW_SLICES = "yields fewer than two slices";

    private final ArchRule delegate;
    private final List<String> requiredPackages;
    private final List<String> requiredSlicePatterns;

    private NonVacuousRule(ArchRule delegate, List<String> requiredPackages, List<String> requiredSlicePatterns) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.requiredPackages = List.copyOf(requiredPackages);
        this.requiredSlicePatterns = List.copyOf(requiredSlicePatterns);
    }

    /** A rule that fails unless each of {@code packages} (ArchUnit package patterns) matches a class. */
    static NonVacuousRule requiring(List<String> packages, ArchRule rule) {
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("a rule must name at least one package it requires: " + rule.getDescription());
        }
        return new NonVacuousRule(rule, packages, List.of());
    }

    /**
     * Like {@link #requiring(List, ArchRule)}, and also fails unless {@code slicePattern} (a pattern
     * with a capture group, as given to {@code slices().matching(..)}) yields at least two slices.
     */
    static NonVacuousRule requiringSlices(String slicePattern, List<String> packages, ArchRule rule) {
        return new NonVacuousRule(rule, packages, List.of(slicePattern));
    }

    /** The project packages this rule asserts to be non-empty. */
    List<String> requiredPackages() {
        return requiredPackages;
    }

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
        ConditionEvents missing = ConditionEvents.Factory.create();
        for (String pattern : requiredPackages) {
            PackageMatcher matcher = PackageMatcher.of(pattern);
            boolean present = classes.stream().anyMatch(c -> matcher.matches(c.getPackageName()));
            if (!present) {
                missing.add(SimpleConditionEvent.violated(pattern,
                        "Package '" + pattern + "' named by this rule " + EMPTY_PACKAGE
                                + " - the rule would pass vacuously (renamed or moved package, or wrong import?)"));
            }
        }
        for (String pattern : requiredSlicePatterns) {
            PackageMatcher matcher = PackageMatcher.of(pattern);
            Set<List<String>> slices = classes.stream()
                    .map(JavaClass::getPackageName)
                    .map(matcher::match)
                    .flatMap(Optional::stream)
                    .map(PackageMatcher.TO_GROUPS)
                    .collect(Collectors.toSet());
            if (slices.size() < 2) {
                missing.add(SimpleConditionEvent.violated(pattern,
                        "Slice pattern '" + pattern + "' named by this rule " + TOO_FEW_SLICES
                                + " (found " + slices + ") - a cycle check over it would pass vacuously"));
            }
        }
        EvaluationResult result = new EvaluationResult(this, missing, Priority.MEDIUM);
        if (!missing.containViolation()) {
            result.add(delegate.evaluate(classes));
        }
        return result;
    }

    @Override
    public void check(JavaClasses classes) {
        Assertions.check(this, classes);
    }

    @Override
    public ArchRule because(String reason) {
        return new NonVacuousRule(delegate.because(reason), requiredPackages, requiredSlicePatterns);
    }

    @Override
    public ArchRule allowEmptyShould(boolean allowEmptyShould) {
        // the package requirements stay in force whatever the wrapped rule allows
        return new NonVacuousRule(delegate.allowEmptyShould(allowEmptyShould), requiredPackages, requiredSlicePatterns);
    }

    @Override
    public ArchRule as(String newDescription) {
        return new NonVacuousRule(delegate.as(newDescription), requiredPackages, requiredSlicePatterns);
    }

    @Override
    public String getDescription() {
        return delegate.getDescription();
    }

    @Override
    public String toString() {
        return getDescription();
    }
}
