package de.koop.domain.agreement;

import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.date;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.PartnerId;
import org.junit.jupiter.api.Test;

/** Rule 5: an amendment is never in force before the last party consented, whatever day was agreed. */
class AmendmentInForceTest {

    @Test
    void anAmendmentAgreedToTakeEffectEarlierThanItsConclusionTakesEffectOnConclusion() {
        PartnerId city = PartnerId.newId();
        PartnerId district = PartnerId.newId();
        Agreement agreement = agreement().parties(city, district).concludedOn("2024-01-10").effectiveOn("2024-01-10").build();
        agreement.proposeAmendment(date("2024-02-01"), date("2024-02-01"), null, "Änderung");
        agreement.recordConsent(2, city, date("2024-02-10"), true);
        agreement.recordConsent(2, district, date("2024-06-01"), true);

        assertThat(agreement.versionInForceOn(date("2024-03-01")).orElseThrow().number()).isEqualTo(1);
        assertThat(agreement.versionInForceOn(date("2024-06-01")).orElseThrow().number()).isEqualTo(2);
    }
}
