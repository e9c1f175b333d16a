package de.koop.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.PersonId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 15: what an erasure replaces, and what it leaves alone. */
class RedactionTest {

    private final PersonId anna = PersonId.newId();
    private final Redaction erasure = Redaction.of(anna, List.of("Anna Roth", "anna.roth@pflege.example", "Li"));

    @Test
    void replacesWholeValuesInTextsAndNothingThatOnlyContainsThem() {
        assertThat(erasure.apply("Anna Roth berichtet; Johanna Rothe fragt nach. Mail: ANNA.ROTH@pflege.example"))
                .isEqualTo(erasure.pseudonym() + " berichtet; Johanna Rothe fragt nach. Mail: " + erasure.pseudonym());
        assertThat(erasure.apply("Lisa und Li")).isEqualTo("Lisa und Li");
        assertThat(erasure.mentions("Johanna Rothe")).isFalse();
    }

    @Test
    void findsANameInHtmlAlsoWhereTheTemplateEscapedIt() {
        Redaction dAngelo = Redaction.of(PersonId.newId(), List.of("Luca D'Angelo"));

        assertThat(dAngelo.applyHtml("<p>Guten Tag Luca D&#39;Angelo,</p>")).isEqualTo(
                "<p>Guten Tag " + dAngelo.pseudonym() + ",</p>");
        assertThat(dAngelo.applyHtml("<p>Luca D'Angelo</p>")).isEqualTo("<p>" + dAngelo.pseudonym() + "</p>");
    }

    @Test
    void aRecordWithAPersonIdIsTheirsOnlyByThatIdAndOneWithoutByItsName() {
        assertThat(erasure.isTheirs(Optional.of(anna), "Anna R.")).isTrue();
        assertThat(erasure.isTheirs(Optional.of(PersonId.newId()), "Anna Roth")).isFalse();
        assertThat(erasure.isTheirs(Optional.empty(), "anna roth")).isTrue();
        assertThat(erasure.isTheirs(Optional.empty(), "Li")).isTrue();
        assertThat(erasure.pseudonym()).startsWith("Gelöschte Person ").doesNotContain("Anna");
    }

    @Test
    void aTextThatThePseudonymMakesTooLongForItsFieldIsCutNotRefused() {
        String title = "x".repeat(190) + " Anna Roth";

        assertThat(erasure.apply(title, 200)).hasSize(200).endsWith("…").doesNotContain("Anna");
        assertThat(erasure.apply("Anna Roth", 200)).isEqualTo(erasure.pseudonym());
        assertThat(erasure.apply(null, 200)).isNull();
    }

    @Test
    void aWiderErasureKnowsMoreValuesUnderTheSamePseudonym() {
        Redaction wider = erasure.widenedBy(List.of("anna.alt@pflege.example", "Anna Roth"));

        assertThat(wider.pseudonym()).isEqualTo(erasure.pseudonym());
        assertThat(wider.values()).containsExactly("Anna Roth", "anna.roth@pflege.example", "Li",
                "anna.alt@pflege.example");
        assertThat(wider.apply("an anna.alt@pflege.example")).isEqualTo("an " + erasure.pseudonym());
    }
}
