package de.koop.domain.agreement;

import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.invalid;
import static de.koop.domain.agreement.Agreements.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 5: an amendment needs written form and every party's consent; until then the old version stays in force. */
class Rule5VersionsTest {

    private static final PartnerId CITY = PartnerId.newId();
    private static final PartnerId DISTRICT = PartnerId.newId();

    /** Concluded 10 January 2024 by city and district, in force from 1 February 2024. */
    private static Agreement cooperation() {
        return agreement().parties(CITY, DISTRICT).concludedOn("2024-01-10").effectiveOn("2024-02-01").build();
    }

    private static Optional<Integer> versionOn(Agreement agreement, String day) {
        return agreement.versionInForceOn(date(day)).map(AgreementVersion::number);
    }

    @Nested
    class Conclusion {

        @Test
        void concludesVersionOneSignedByEveryPartyOnTheDayOfConclusion() {
            Agreement agreement = cooperation();

            AgreementVersion first = agreement.getVersions().getFirst();
            assertThat(agreement.getVersions()).hasSize(1);
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.supersedes()).isEmpty();
            assertThat(first.state()).isEqualTo(VersionState.CONCLUDED);
            assertThat(first.concludedOn()).contains(date("2024-01-10"));
            assertThat(first.effectiveDate()).contains(date("2024-02-01"));
            assertThat(first.consents()).containsExactly(new PartyConsent(CITY, date("2024-01-10")),
                    new PartyConsent(DISTRICT, date("2024-01-10")));
            assertThat(agreement.firstEffectiveDate()).isEqualTo(date("2024-02-01"));
            assertThat(agreement.openProposal()).isEmpty();
        }

        @Test
        void withoutAnAgreedDateTakesEffectOnSigning() {
            Agreement agreement = agreement().parties(CITY, DISTRICT).concludedOn("2024-03-15").build();

            assertThat(agreement.firstEffectiveDate()).isEqualTo(date("2024-03-15"));
            assertThat(versionOn(agreement, "2024-03-14")).isEmpty();
            assertThat(versionOn(agreement, "2024-03-15")).contains(1);
        }

        @ParameterizedTest(name = "concluded {0}, agreed {1} -> in force from {2}, retroactive {3}")
        @CsvSource(nullValues = "", value = {
                // "rückwirkend zum 01.01.2021", signed on 10 March 2021
                "2021-03-10, 2021-01-01, 2021-01-01, true",
                "2024-03-01, 2024-02-29, 2024-02-29, true",
                "2021-01-05, 2020-12-31, 2020-12-31, true",
                "2021-03-10, 2021-03-10, 2021-03-10, false",
                "2021-03-10, 2021-04-01, 2021-04-01, false",
                "2021-03-10,           , 2021-03-10, false",
        })
        void anAgreedDayBeforeSigningIsHonouredAndMarkedRetroactive(String concludedOn, String agreed,
                                                                    LocalDate inForceFrom, boolean retroactive) {
            Agreements.Builder builder = agreement().parties(CITY, DISTRICT).concludedOn(concludedOn);
            Agreement agreement = (agreed == null ? builder : builder.effectiveOn(agreed)).build();

            AgreementVersion first = agreement.getVersions().getFirst();
            assertThat(first.effectiveOn()).as("the day agreed is kept").isEqualTo(Optional.ofNullable(agreed).map(LocalDate::parse));
            assertThat(first.effectiveDate()).contains(inForceFrom);
            assertThat(first.isRetroactive()).isEqualTo(retroactive);
            assertThat(agreement.firstEffectiveDate()).isEqualTo(inForceFrom);
            assertThat(agreement.isInForceOn(inForceFrom.minusDays(1))).isFalse();
            assertThat(agreement.isInForceOn(inForceFrom)).isTrue();
        }

        @Test
        void aRetroactiveAgreementCountsItsTermFromTheAgreedDay() {
            Agreement agreement = agreement().parties(CITY, DISTRICT).term(Agreements.NRW_TERM)
                    .concludedOn("2021-03-10").effectiveOn("2020-12-01").build();

            assertThat(agreement.termOn(date("2021-06-01")).termEnd()).contains(date("2025-12-31"));
        }

        @Test
        void nothingIsInForceBeforeTheFirstEffectiveDate() {
            Agreement agreement = cooperation();

            assertThat(versionOn(agreement, "2024-01-31")).isEmpty();
            assertThat(agreement.isInForceOn(date("2024-01-31"))).isFalse();
            assertThat(versionOn(agreement, "2024-02-01")).contains(1);
            assertThat(agreement.isInForceOn(date("2024-02-01"))).isTrue();
        }

        @Test
        void needsAtLeastOnePartyAndNoPartyTwice() {
            assertThat(invalid(() -> agreement().parties().build()).field()).isEqualTo("parties");
            assertThat(invalid(() -> agreement().parties(CITY, DISTRICT, CITY).build()).field()).isEqualTo("parties");
            assertThat(invalid(() -> Agreement.conclude(AgreementId.newId(), NetworkId.newId(),
                    AgreementKind.COOPERATION_AGREEMENT, "Kooperationsvereinbarung", null, null, List.of(),
                    new Term.Unlimited(), Agreements.ANY_TIME, false, date("2024-01-10"), null, null)).field())
                    .isEqualTo("parties");
        }

        @Test
        void needsAConclusionDateATermAndATerminationRule() {
            AgreementId id = AgreementId.newId();
            NetworkId network = NetworkId.newId();
            List<PartnerId> parties = new ArrayList<>(List.of(CITY));

            assertThat(invalid(() -> Agreement.conclude(id, network, AgreementKind.FRAMEWORK_ORDER, "Rahmenordnung",
                    null, parties, null, new Term.Unlimited(), Agreements.ANY_TIME, false, null, null, null)).field())
                    .isEqualTo("concludedOn");
            assertThat(invalid(() -> Agreement.conclude(id, network, AgreementKind.FRAMEWORK_ORDER, "Rahmenordnung",
                    null, parties, null, null, Agreements.ANY_TIME, false, date("2024-01-10"), null, null)).field())
                    .isEqualTo("term");
            assertThat(invalid(() -> Agreement.conclude(id, network, AgreementKind.FRAMEWORK_ORDER, "Rahmenordnung",
                    null, parties, null, new Term.Unlimited(), null, false, date("2024-01-10"), null, null)).field())
                    .isEqualTo("termination");
        }
    }

    @Nested
    class Amendment {

        @Test
        void isProposedAsTheNextVersionWithoutConsentAndNotInForce() {
            Agreement agreement = cooperation();

            AgreementVersion proposal = agreement.proposeAmendment(date("2025-03-01"), date("2026-01-01"),
                    "rahmenvereinbarung-v2.pdf", "Neue Arbeitsgruppe Wohnen");

            assertThat(proposal.number()).isEqualTo(2);
            assertThat(proposal.supersedes()).contains(1);
            assertThat(proposal.state()).isEqualTo(VersionState.PROPOSED);
            assertThat(proposal.consents()).isEmpty();
            assertThat(proposal.concludedOn()).isEmpty();
            assertThat(proposal.effectiveDate()).isEmpty();
            assertThat(agreement.openProposal()).contains(proposal);
            assertThat(versionOn(agreement, "2026-06-01")).contains(1);
        }

        @Test
        void theOldVersionStaysInForceUntilTheLastPartyConsented() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), date("2026-01-01"), null, null);

            AgreementVersion afterCity = agreement.recordConsent(2, CITY, date("2025-04-01"), true);

            assertThat(afterCity.state()).isEqualTo(VersionState.PROPOSED);
            assertThat(afterCity.hasConsentOf(CITY)).isTrue();
            assertThat(afterCity.hasConsentOf(DISTRICT)).isFalse();
            assertThat(versionOn(agreement, "2026-06-01")).contains(1);

            AgreementVersion afterDistrict = agreement.recordConsent(2, DISTRICT, date("2025-06-01"), true);

            assertThat(afterDistrict.state()).isEqualTo(VersionState.CONCLUDED);
            assertThat(afterDistrict.concludedOn()).contains(date("2025-06-01"));
            assertThat(afterDistrict.consents()).extracting(PartyConsent::on)
                    .containsExactly(date("2025-04-01"), date("2025-06-01"));
            assertThat(agreement.openProposal()).isEmpty();
            assertThat(agreement.getVersions()).extracting(AgreementVersion::state)
                    .containsExactly(VersionState.CONCLUDED, VersionState.CONCLUDED);
        }

        @Test
        void theConcludedVersionTakesOverOnItsEffectiveDate() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), date("2026-01-01"), null, null);
            agreement.recordConsent(2, CITY, date("2025-04-01"), true);
            agreement.recordConsent(2, DISTRICT, date("2025-06-01"), true);

            assertThat(versionOn(agreement, "2025-12-31")).contains(1);
            assertThat(versionOn(agreement, "2026-01-01")).contains(2);
            assertThat(agreement.firstEffectiveDate()).isEqualTo(date("2024-02-01"));
        }

        @Test
        void withoutAnAgreedDateTheAmendmentTakesEffectWithTheLastConsent() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);
            agreement.recordConsent(2, DISTRICT, date("2025-04-01"), true);
            assertThat(versionOn(agreement, "2025-04-30")).contains(1);

            agreement.recordConsent(2, CITY, date("2025-05-20"), true);

            assertThat(versionOn(agreement, "2025-05-19")).contains(1);
            assertThat(versionOn(agreement, "2025-05-20")).contains(2);
        }

        @Test
        void aConsentThatIsNotInWritingIsRefusedAndNotRecorded() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);

            assertThat(violation(() -> agreement.recordConsent(2, CITY, date("2025-04-01"), false)).rule())
                    .isEqualTo(RuleCode.WRITTEN_FORM_REQUIRED);
            assertThat(agreement.openProposal().orElseThrow().consents()).isEmpty();
        }

        @Test
        void onlyAPartyMayConsent() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);

            assertThat(invalid(() -> agreement.recordConsent(2, PartnerId.newId(), date("2025-04-01"), true)).field())
                    .isEqualTo("partnerId");
            assertThat(agreement.openProposal().orElseThrow().consents()).isEmpty();
        }

        @Test
        void aPartyConsentsOnlyOnce() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);
            agreement.recordConsent(2, CITY, date("2025-04-01"), true);

            assertThat(violation(() -> agreement.recordConsent(2, CITY, date("2025-04-02"), true)).rule())
                    .isEqualTo(RuleCode.AMENDMENT_CONSENT_ALREADY_RECORDED);
            assertThat(agreement.openProposal().orElseThrow().consents()).hasSize(1);
        }

        @Test
        void consentIsRecordedOnlyForTheOpenProposal() {
            Agreement agreement = cooperation();

            assertThat(violation(() -> agreement.recordConsent(2, CITY, date("2025-04-01"), true)).rule())
                    .isEqualTo(RuleCode.PROPOSAL_NOT_OPEN);
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);
            assertThat(violation(() -> agreement.recordConsent(1, CITY, date("2025-04-01"), true)).rule())
                    .isEqualTo(RuleCode.PROPOSAL_NOT_OPEN);
        }

        @Test
        void aConsentCannotPrecedeTheProposal() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);

            assertThat(invalid(() -> agreement.recordConsent(2, CITY, date("2025-02-28"), true)).field())
                    .isEqualTo("consentedOn");
        }

        @Test
        void onlyOneProposalIsOpenAtATime() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);

            assertThat(violation(() -> agreement.proposeAmendment(date("2025-03-02"), null, null, null)).rule())
                    .isEqualTo(RuleCode.AMENDMENT_ALREADY_PROPOSED);
            assertThat(violation(() -> agreement.concludeVersion(date("2025-03-02"), null, null, null)).rule())
                    .isEqualTo(RuleCode.AMENDMENT_ALREADY_PROPOSED);
            assertThat(agreement.getVersions()).hasSize(2);
        }

        @Test
        void afterConclusionTheNextAmendmentSupersedesTheNewVersion() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-03-01"), null, null, null);
            agreement.recordConsent(2, CITY, date("2025-04-01"), true);
            agreement.recordConsent(2, DISTRICT, date("2025-04-02"), true);

            AgreementVersion third = agreement.proposeAmendment(date("2025-09-01"), null, null, null);

            assertThat(third.number()).isEqualTo(3);
            assertThat(third.supersedes()).contains(2);
        }

        @Test
        void refusesAProposalBeforeTheCurrentVersionWasConcludedOrTakingEffectBeforeItWasProposed() {
            Agreement agreement = cooperation();

            assertThat(invalid(() -> agreement.proposeAmendment(date("2024-01-09"), null, null, null)).field())
                    .isEqualTo("proposedOn");
            assertThat(invalid(() -> agreement.proposeAmendment(date("2025-03-01"), date("2025-02-28"), null, null))
                    .field()).isEqualTo("effectiveOn");
            assertThat(invalid(() -> agreement.proposeAmendment(null, null, null, null)).field())
                    .isEqualTo("proposedOn");
            assertThat(agreement.getVersions()).hasSize(1);
        }

        @Test
        void aSinglePartysConsentConcludesAnAgreementWithOneParty() {
            Agreement order = agreement().parties(CITY).concludedOn("2024-01-10").build();
            order.proposeAmendment(date("2025-03-01"), null, null, null);

            assertThat(order.recordConsent(2, CITY, date("2025-03-05"), true).isConcluded()).isTrue();
        }
    }

    @Nested
    class DirectConclusion {

        @Test
        void concludesANewVersionSignedByEveryParty() {
            Agreement agreement = cooperation();

            AgreementVersion second = agreement.concludeVersion(date("2025-06-01"), date("2026-01-01"),
                    "rahmenvereinbarung-v2.pdf", "Neufassung");

            assertThat(second.number()).isEqualTo(2);
            assertThat(second.supersedes()).contains(1);
            assertThat(second.isConcluded()).isTrue();
            assertThat(second.concludedOn()).contains(date("2025-06-01"));
            assertThat(second.consents()).extracting(PartyConsent::party).containsExactlyInAnyOrder(CITY, DISTRICT);
            assertThat(second.textReference()).contains("rahmenvereinbarung-v2.pdf");
            assertThat(agreement.openProposal()).isEmpty();
            assertThat(versionOn(agreement, "2025-12-31")).contains(1);
            assertThat(versionOn(agreement, "2026-01-01")).contains(2);
        }

        @Test
        void aNewVersionCannotTakeEffectBeforeItIsConcludedAndSaysSo() {
            Agreement agreement = cooperation();

            var refusal = invalid(() -> agreement.concludeVersion(date("2025-06-01"), date("2025-01-01"), null,
                    "rückwirkende Neufassung"));

            assertThat(refusal.field()).isEqualTo("effectiveOn");
            assertThat(refusal.reason()).contains("bis dahin gilt die bisherige Fassung fort");
            assertThat(agreement.getVersions()).hasSize(1);
        }

        @Test
        void aProposalWhoseAgreedDayPassesBeforeTheLastConsentKeepsThatDayButTakesEffectOnConclusion() {
            Agreement agreement = cooperation();
            agreement.proposeAmendment(date("2025-01-10"), date("2025-02-01"), null, "Änderung");
            agreement.recordConsent(2, CITY, date("2025-01-20"), true);

            AgreementVersion second = agreement.recordConsent(2, DISTRICT, date("2025-03-15"), true);

            assertThat(second.effectiveOn()).contains(date("2025-02-01"));
            assertThat(second.effectiveDate()).contains(date("2025-03-15"));
            assertThat(second.isRetroactive()).isFalse();
            assertThat(versionOn(agreement, "2025-03-14")).contains(1);
        }

        @Test
        void aLaterVersionSupersedesAnEarlierOneThatTakesEffectAfterIt() {
            Agreement agreement = cooperation();
            agreement.concludeVersion(date("2025-06-01"), date("2026-01-01"), null, "Fassung 2");
            agreement.concludeVersion(date("2025-07-01"), date("2025-12-01"), null, "Fassung 3");

            assertThat(versionOn(agreement, "2025-11-30")).contains(1);
            assertThat(versionOn(agreement, "2025-12-01")).contains(3);
            assertThat(versionOn(agreement, "2026-01-01")).contains(3);
        }
    }
}
