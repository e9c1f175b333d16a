package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SortKeyTest {

    @ParameterizedTest
    @CsvSource({
            "Ärztekammer,          arztekammer",
            "Öffentliche Hand,     offentlichehand",
            "Überleitung,          uberleitung",
            "Straße,               strasse",
            "AOK Plus,             aokplus",
            "aok-Verbund,          aokverbund",
            "'Caritas e. V. (Süd)', caritasevsud",
            "Pflegedienst 24,      pflegedienst24"
    })
    void foldsUmlautsSharpSCaseAndPunctuation(String name, String expected) {
        assertThat(SortKey.of(name)).isEqualTo(expected);
    }

    @Test
    void sortsUmlautsWithTheirBaseLetter() {
        assertThat(SortKey.of("Ärztekammer")).isLessThan(SortKey.of("Beratung"));
        assertThat(SortKey.of("Zentrum")).isGreaterThan(SortKey.of("Überleitung"));
    }

    @Test
    void ignoresCaseAndPunctuationWhenOrdering() {
        assertThat(SortKey.of("AOK Plus")).isLessThan(SortKey.of("aok-Verbund"));
        assertThat(SortKey.of("aok plus")).isEqualTo(SortKey.of("AOK-Plus"));
    }

    @Test
    void ordersAListOfPartnersAlphabeticallyAsAGermanReaderExpects() {
        List<String> names = List.of("Volkssolidarität", "aok-Verbund", "Ärztekammer", "Beratung", "AOK Plus");

        List<String> sorted = names.stream().sorted(Comparator.comparing(SortKey::of)).toList();

        assertThat(sorted).containsExactly("AOK Plus", "aok-Verbund", "Ärztekammer", "Beratung", "Volkssolidarität");
    }

    @Test
    void foldsTheCapitalSharpSAndLettersWithoutDecompositionInsteadOfDroppingThem() {
        assertThat(SortKey.of("GROẞE HILFE")).isEqualTo(SortKey.of("Große Hilfe")).isEqualTo("grossehilfe");
        assertThat(SortKey.of("Øresund Æbler")).isEqualTo("oresundaebler");
    }

    @Test
    void cutsLongNamesTo200Characters() {
        assertThat(SortKey.of("a".repeat(250))).isEqualTo("a".repeat(200));
    }

    @Property
    void containsOnlyLowerCaseLettersAndDigitsAndAtMost200Characters(@ForAll("names") String name) {
        assertThat(SortKey.of(name)).matches("[a-z0-9]*").hasSizeLessThanOrEqualTo(200);
    }

    @Property
    void isIdempotent(@ForAll("names") String name) {
        String key = SortKey.of(name);

        assertThat(SortKey.of(key)).isEqualTo(key);
    }

    /** Any text, and long names written the German way, so that the 200-character cut is reached. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                        .withChars("ÄÖÜäöüßẞ -.()„“").ofMaxLength(500));
    }
}
