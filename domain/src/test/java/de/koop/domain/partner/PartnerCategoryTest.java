package de.koop.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.InvalidValueException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerCategoryTest {

    @ParameterizedTest
    @ValueSource(strings = {"hospital", "HOSPITAL", " Hospital "})
    void readsACodeWhateverItsCase(String code) {
        assertThat(PartnerCategory.fromCode(code, "category")).isEqualTo(PartnerCategory.HOSPITAL);
    }

    @Test
    void readsHyphenatedCodes() {
        assertThat(PartnerCategory.fromCode("rehabilitation-clinic", "category"))
                .isEqualTo(PartnerCategory.REHABILITATION_CLINIC);
        assertThat(PartnerCategory.fromCode("REHABILITATION_CLINIC", "category"))
                .isEqualTo(PartnerCategory.REHABILITATION_CLINIC);
    }

    @ParameterizedTest
    @EnumSource(PartnerCategory.class)
    void readsEveryCategoryByItsName(PartnerCategory category) {
        assertThat(PartnerCategory.fromCode(category.name(), "category")).isEqualTo(category);
    }

    @Test
    void refusesAnUnknownCodeNamingTheAllowedCodes() {
        assertThatThrownBy(() -> PartnerCategory.fromCode("BAKERY", "partner.category"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("partner.category");
                    assertThat(e.reason()).contains("BAKERY", "HOSPITAL", "REHABILITATION_CLINIC", "OTHER");
                    Arrays.stream(PartnerCategory.values())
                            .forEach(c -> assertThat(e.reason()).contains(c.name()));
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesAMissingCode(String code) {
        assertThatThrownBy(() -> PartnerCategory.fromCode(code, "category"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("category");
                    assertThat(e.reason()).isEqualTo("darf nicht leer sein");
                });
    }

    @ParameterizedTest
    @EnumSource(PartnerCategory.class)
    void everyCategoryHasAGermanLabel(PartnerCategory category) {
        assertThat(category.label()).isNotBlank().isNotEqualTo(category.name());
    }

    @Test
    void labelsAreDistinctAndGerman() {
        assertThat(Arrays.stream(PartnerCategory.values()).map(PartnerCategory::label)).doesNotHaveDuplicates();
        assertThat(PartnerCategory.HOSPITAL.label()).isEqualTo("Krankenhaus");
        assertThat(PartnerCategory.PHYSICIANS_CHAMBER.label()).isEqualTo("Ärztekammer");
        assertThat(PartnerCategory.OTHER.label()).isEqualTo("Sonstige");
    }
}
