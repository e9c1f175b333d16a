package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.assertInvalid;
import static de.koop.application.service.UseCaseFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.in.AmendAgreementUseCase;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.ReviewAgreementUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Review;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TermStatus;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.agreement.VersionState;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agreements with their rules as data (rules 4 and 5): terms, reviews, versions and who is bound. */
class AgreementServiceTest {

    /** NRW § 17(2): five years from the end of the year it took effect, reviewed six months before, renewed. */
    private static final Term NRW_TERM = new Term.Fixed(5, TermStart.END_OF_EFFECTIVE_YEAR, 6,
            RenewalRule.RENEW_UNLESS_CHANGE_NEEDED);

    private final UseCaseFixture koop = new UseCaseFixture();
    private final AgreementService agreements = koop.agreementService;
    private final Network network = koop.network("Kooperation Eingliederungshilfe");
    private final Partner lwl = koop.partner(network, "Landschaftsverband Westfalen-Lippe");
    private final Partner district = koop.partner(network, "Kreis Steinfurt");

    private TermStatus statusOn(Agreement agreement, String date) {
        return agreements.find(network.getId(), agreement.getId()).termOn(LocalDate.parse(date));
    }

    private Agreement review(Agreement agreement, String heldOn, boolean changeNeeded) {
        return agreements.recordReview(new ReviewAgreementUseCase.Command(network.getId(), agreement.getId(),
                new Review(LocalDate.parse(heldOn), changeNeeded, Optional.empty())));
    }

    private Agreement consent(Agreement agreement, Partner party, String on, boolean writtenForm) {
        return agreements.recordConsent(new AmendAgreementUseCase.Consent(network.getId(), agreement.getId(), 2,
                party.getId(), LocalDate.parse(on), writtenForm));
    }

    private int versionInForceOn(Agreement agreement, String date) {
        return agreements.membership(network.getId(), agreement.getId(), LocalDate.parse(date)).versionInForce()
                .map(AgreementVersion::number).orElseThrow();
    }

    @Test
    void onlyPartnersOfTheNetworkCanBePartiesAndAnAgreementIsFoundOnlyInItsNetwork() {
        Partner stranger = koop.partner(koop.network("Anderes Netzwerk"), "Fremder Träger");
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2024-03-15", lwl, district);

        assertThatThrownBy(() -> koop.agreement(network, new TerminationRule.AnyTime(), "2024-03-15", lwl, stranger))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Partner");
        assertThatThrownBy(() -> agreements.find(stranger.getNetworkId(), agreement.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(agreements.list(network.getId())).extracting(Agreement::getId).containsExactly(agreement.getId());
    }

    @Test
    void aFixedTermRunsFiveYearsFromTheEndOfItsFirstYearAndAReviewWithoutChangeRenewsIt() {
        Agreement agreement = koop.agreement(network, NRW_TERM, new TerminationRule.Excluded(), "2019-03-15", lwl,
                district);

        TermStatus before = statusOn(agreement, "2024-08-01");
        review(agreement, "2024-05-20", false);
        TermStatus after = statusOn(agreement, "2024-08-01");

        assertThat(before).isEqualTo(new TermStatus(Optional.of(LocalDate.of(2024, 12, 31)),
                Optional.of(LocalDate.of(2024, 6, 30)), true, false, false));
        assertThat(after.termEnd()).contains(LocalDate.of(2029, 12, 31));
        assertThat(after.reviewDue()).contains(LocalDate.of(2029, 6, 30));
        assertThat(after.reviewOverdue()).isFalse();
        assertRefused(RuleCode.TERM_ALREADY_REVIEWED, () -> review(agreement, "2024-06-01", false));
    }

    @Test
    void aReviewThatFindsChangeNeededKeepsTheAgreementInForceUntilASuccessorReplacesIt() {
        Agreement agreement = koop.agreement(network, NRW_TERM, new TerminationRule.AnyTime(), "2019-03-15", lwl);

        review(agreement, "2024-05-20", true);

        TermStatus status = statusOn(agreement, "2026-01-01");
        assertThat(status.continuesUntilSuccessor()).isTrue();
        assertThat(status.termEnd()).isEmpty();
        assertThat(agreements.find(network.getId(), agreement.getId()).isInForceOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void aReviewIsRecordedOnceItWasHeldNotBefore() {
        Agreement agreement = koop.agreement(network, NRW_TERM, new TerminationRule.AnyTime(), "2019-03-15", lwl);

        assertInvalid("heldOn", () -> review(agreement, "2026-11-24", false));
        assertRefused(RuleCode.AGREEMENT_WITHOUT_REVIEW, () -> review(koop.agreement(network,
                new TerminationRule.AnyTime(), "2019-03-15", lwl), "2024-05-20", false));
        assertThat(agreements.find(network.getId(), agreement.getId()).getReviews()).isEmpty();
    }

    @Test
    void anAmendmentNeedsTheWrittenConsentOfEveryPartyAndTheOldVersionStaysInForceUntilThen() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2024-03-15", lwl, district);

        agreements.proposeAmendment(new AmendAgreementUseCase.NewVersion(network.getId(), agreement.getId(),
                LocalDate.of(2025, 2, 1), null, null, "Neue Anlage zur Datenlieferung"));
        assertRefused(RuleCode.WRITTEN_FORM_REQUIRED, () -> consent(agreement, lwl, "2025-03-01", false));
        consent(agreement, lwl, "2025-03-01", true);
        int afterOne = versionInForceOn(agreement, "2025-03-15");
        Agreement concluded = consent(agreement, district, "2025-04-10", true);

        assertThat(afterOne).isEqualTo(1);
        assertThat(concluded.getVersions().get(1)).satisfies(version -> {
            assertThat(version.state()).isEqualTo(VersionState.CONCLUDED);
            assertThat(version.concludedOn()).contains(LocalDate.of(2025, 4, 10));
            assertThat(version.supersedes()).contains(1);
        });
        assertThat(versionInForceOn(agreement, "2025-04-09")).isEqualTo(1);
        assertThat(versionInForceOn(agreement, "2025-04-10")).isEqualTo(2);
    }

    @Test
    void aVersionSignedByAllIsConcludedAtOnceAndTakesEffectOnItsDay() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2024-03-15", lwl, district);

        Agreement amended = agreements.concludeVersion(new AmendAgreementUseCase.NewVersion(network.getId(),
                agreement.getId(), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 1), "fassung-2.pdf",
                "Neue Kündigungsfrist"));

        assertThat(amended.getVersions()).extracting(AgreementVersion::state)
                .containsExactly(VersionState.CONCLUDED, VersionState.CONCLUDED);
        assertThat(versionInForceOn(agreement, "2025-06-30")).isEqualTo(1);
        assertThat(versionInForceOn(agreement, "2025-07-01")).isEqualTo(2);
        assertInvalid("concludedOn", () -> agreements.concludeVersion(new AmendAgreementUseCase.NewVersion(
                network.getId(), agreement.getId(), LocalDate.of(2025, 4, 1), null, null, "Zu früh")));
    }

    @Test
    void theMembershipOfADayNamesThePartiesBound() {
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2024-03-15", lwl, district);

        assertThat(agreements.membership(network.getId(), agreement.getId(), LocalDate.of(2024, 6, 1)).partnerNames())
                .containsOnlyKeys(lwl.getId(), district.getId())
                .containsEntry(district.getId(), "Kreis Steinfurt");
        assertThat(agreements.membership(network.getId(), agreement.getId(), LocalDate.of(2024, 3, 1)).parties())
                .as("before it was concluded").isEmpty();
        assertThat(agreements.former(network.getId(), LocalDate.of(2024, 6, 1))).isEmpty();
    }
}
