package de.koop.application.port.out;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Realistic aggregates for the contract tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Network network(String name) {
        return network(NetworkId.newId(), name);
    }

    public static Network network(NetworkId id, String name) {
        return Network.create(id, name, null, "Stadt Leipzig", null, Admission.OPEN);
    }

    public static Network leipzig() {
        return Network.create(NetworkId.newId(), "Leipziger Kooperation Pflege", "LeiKoP", "Stadt Leipzig",
                "Vorhandene Leistungsangebote erfassen.\nBeratung wohnortnah initiieren.", Admission.OPEN);
    }

    public static ContactDetails contact(String name, String email) {
        return new ContactDetails(Optional.empty(), name, Optional.of("Koordination"),
                Optional.of(new PhoneNumber("0341 123-4567")), Optional.ofNullable(email).map(EmailAddress::new));
    }

    /** A cooperation agreement like the NRW template: five years from the end of the year, six months' notice. */
    public static Agreement cooperation(NetworkId networkId, String title, List<PartnerId> parties) {
        return cooperation(AgreementId.newId(), networkId, title, parties);
    }

    /** Its annexes stand in neither alphabetical order nor that of their files. */
    public static Agreement cooperation(AgreementId id, NetworkId networkId, String title, List<PartnerId> parties) {
        return Agreement.conclude(id, networkId, AgreementKind.COOPERATION_AGREEMENT, title,
                "§ 5 AG-SGB IX NRW", parties, List.of(new Annex("Anlage 2: Datenschutz", "anlage-2.pdf"),
                        new Annex("Anlage 1: Datenlieferung", "anlage-1.pdf")),
                new Term.Fixed(5, TermStart.END_OF_EFFECTIVE_YEAR, 6, RenewalRule.RENEW_UNLESS_CHANGE_NEEDED),
                new TerminationRule.WithNotice(new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR), true),
                true, LocalDate.of(2024, 3, 15), null, "kooperationsvereinbarung-2024.pdf");
    }

    /** A framework agreement like Leipzig's: unlimited, withdrawal at any time. */
    public static Agreement framework(NetworkId networkId, String title, List<PartnerId> parties) {
        return framework(AgreementId.newId(), networkId, title, parties);
    }

    public static Agreement framework(AgreementId id, NetworkId networkId, String title, List<PartnerId> parties) {
        return Agreement.conclude(id, networkId, AgreementKind.FRAMEWORK_AGREEMENT, title, null,
                parties, List.of(), new Term.Unlimited(), new TerminationRule.AnyTime(), false,
                LocalDate.of(2019, 11, 20), LocalDate.of(2020, 1, 1), null);
    }

    public static Partner partner(NetworkId networkId, String name, PartnerCategory category) {
        return partner(PartnerId.newId(), networkId, name, category);
    }

    public static Partner partner(PartnerId id, NetworkId networkId, String name, PartnerCategory category) {
        return Partner.create(id, networkId, PartnerData.of(name, category, new PostalAddress("Prager Straße 21",
                "04103", "Leipzig")).withLogo(new LogoReference("https://example.org/logo.png"))
                .withNoCommercialInterestDeclaredOn(LocalDate.of(2024, 3, 1)), List.of(contact("Anna Schmidt",
                "anna.schmidt@example.org"), contact("Jonas Weber", null)));
    }
}
