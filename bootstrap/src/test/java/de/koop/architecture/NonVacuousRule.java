package de.koop.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.Priority;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link ArchRule} that first asserts that every project package it names holds at least one
 * imported class (that every slice pattern it names yields at least two slices, and that every list of
 * packages derived for it, such as the adapters found, is long enough), and only then evaluates the
 * wrapped rule. A rule over a package that does not exist, was renamed, or was not imported therefore
 * fails instead of passing vacuously.
 *
 * <p>Only project packages are listed as requirements; outside packages a rule names as forbidden
 * or allowed targets ({@code java..}, {@code io.micronaut..}) are not imported and need not exist.
 */
final class NonVacuousRule implements ArchRule {

    /** Text every missing-package violation contains, so tests can tell it from a real violation. */
    static final String EMPTY_PACKAGE = "holds no imported class";
    static final String TOO_FEW_SLICES = "yields fewer than two slices";
    static final String TOO_FEW_FOUND = "were found than the rule needs";

    private final ArchRule delegate;
    private final List<String> requiredPackages;
    private final List<String> requiredSlicePatterns;
    private final List<Found> requiredFound;

    /** Packages derived before the rule was built (e.g. the adapters), of which at least {@code minimum} must exist. */
    private record Found(String what, List<String> packages, int minimum) {
    }

    private NonVacuousRule(ArchRule delegate, List<String> requiredPackages, List<String> requiredSlicePatterns,
                           List<Found> requiredFound) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.requiredPackages = List.copyOf(requiredPackages);
        this.requiredSlicePatterns = List.copyOf(requiredSlicePatterns);
        this.requiredFound = List.copyOf(requiredFound);
    }

    /** A rule that fails unless each of {@code packages} (ArchUnit package patterns) matches a class. */
    static NonVacuousRule requiring(List<String> packages, ArchRule rule) {
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("a rule must name at least one package it requires: " + rule.getDescription());
        }
        return new NonVacuousRule(rule, packages, List.of(), List.of());
    }

    /**
     * Like {@link #requiring(List, ArchRule)}, and also fails unless {@code slicePattern} (a pattern
     * with a capture group, as given to {@code slices().matching(..)}) yields at least two slices.
     */
    static NonVacuousRule requiringSlices(String slicePattern, List<String> packages, ArchRule rule) {
        return new NonVacuousRule(rule, packages, List.of(slicePattern), List.of());
    }

    /**
     * This rule, also failing unless at least {@code minimum} of {@code what} were found: a rule between
     * the adapters needs two of them, a rule over the driving adapters at least one.
     */
    NonVacuousRule requiringFound(String what, List<String> packages, int minimum) {
        List<Found> found = new ArrayList<>(requiredFound);
        found.add(new Found(what, List.copyOf(packages), minimum));
        return new NonVacuousRule(delegate, requiredPackages, requiredSlicePatterns, found);
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
        for (Found found : requiredFound) {
            if (found.packages().size() < found.minimum()) {
                missing.add(SimpleConditionEvent.violated(found.what(),
                        "Fewer " + found.what() + " " + TOO_FEW_FOUND + " (" + found.minimum() + "; found "
                                + found.packages() + ") - it would pass vacuously"));
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
        return new NonVacuousRule(delegate.because(reason), requiredPackages, requiredSlicePatterns, requiredFound);
    }

    @Override
    public ArchRule allowEmptyShould(boolean allowEmptyShould) {
        // the package requirements stay in force whatever the wrapped rule allows
        return new NonVacuousRule(delegate.allowEmptyShould(allowEmptyShould), requiredPackages, requiredSlicePatterns,
                requiredFound);
    }

    @Override
    public ArchRule as(String newDescription) {
        return new NonVacuousRule(delegate.as(newDescription), requiredPackages, requiredSlicePatterns, requiredFound);
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
