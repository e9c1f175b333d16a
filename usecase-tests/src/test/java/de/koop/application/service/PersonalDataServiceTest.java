package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.adapter.persistence.inmemory.InMemoryBodies;
import de.koop.adapter.persistence.inmemory.InMemoryMeetings;
import de.koop.adapter.persistence.inmemory.InMemoryObligations;
import de.koop.adapter.persistence.inmemory.InMemoryOutbox;
import de.koop.adapter.persistence.inmemory.InMemoryRefreshTokens;
import de.koop.adapter.persistence.inmemory.InMemoryUsers;
import de.koop.application.port.in.PersonalDataUseCase;
import de.koop.application.port.out.RefreshTokens;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 15 on the in-memory stores: an erasure also finds the address the person gave on a form of her
 * partner and what koop sent there, and deletes a user account named after one of her addresses unless
 * it acts beyond the network.
 */
class PersonalDataServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String OLD_ADDRESS = "jana.alt@sonnenschein.example";

    private final UseCaseFixture koop = new UseCaseFixture();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    private final PersonalDataService personalData = new PersonalDataService(koop.networks, koop.partners,
            koop.agreements, koop.declarations, new InMemoryBodies(), new InMemoryMeetings(), new InMemoryObligations(),
            outbox, users, refreshTokens, koop.changes);
    private Notification mailTo(NetworkId network, String address, String text) {
        return outbox.append(Notification.pending(network, MessageKind.ACCESSION_CONFIRMATION,
                new EmailAddress(address), new RenderedMessage("Beitritt", text, "<p>" + text + "</p>"), NOW));
    }

    private User account(String username, NetworkId... networks) {
        User user = User.create(UserId.newId(), username, "plain:Ein-Passwort-2026", false);
        for (NetworkId network : networks) {
            user.grant(network, NetworkRole.COORDINATOR, Optional.empty());
        }
        return users.save(user);
    }

    @Test
    void anErasureFindsTheAddressOnHerPartnersFormAndWhatWasSentThereAndDeletesTheAccountNamedAfterIt() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Network other = koop.network("Anderes Netzwerk");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        Partner another = koop.partner(network, "Pflegedienst Mond");
        Person jana = partner.getContacts().getFirst();
        koop.declarations.append(new Accession(DeclarationId.newId(), network.getId(), AgreementId.newId(),
                partner.getId(), 1, new AccessionContact("Pflegedienst", "Jana Vogel", new PhoneNumber("0341 301-0000"),
                new EmailAddress(OLD_ADDRESS)), false, false, LocalDate.of(2021, 3, 12), LocalDate.of(2021, 3, 15),
                "Katrin Böhme", NOW));
        // another partner's namesake: her form is erased by the name, but her address is not taken for Jana's
        koop.declarations.append(new Readiness(DeclarationId.newId(), network.getId(), Optional.of(another.getId()),
                "Jana Vogel", Optional.of(new EmailAddress("jana@mond.example")), List.of("AG Wohnen"),
                LocalDate.of(2025, 2, 1), "Katrin Böhme", NOW));
        Notification toOldAddress = mailTo(network.getId(), OLD_ADDRESS, "Ihr Beitritt ist eingegangen.");
        Notification toNamesake = mailTo(network.getId(), "jana@mond.example", "Ihre Bereitschaft ist eingegangen.");
        User onlyHere = account(OLD_ADDRESS, network.getId());
        User alsoElsewhere = account("jana.vogel@sonnenschein.example", network.getId(), other.getId());
        refreshTokens.store(new RefreshTokens.Stored("a".repeat(64), onlyHere.getId(), "f", NOW.plusSeconds(3600), false));

        PersonalDataUseCase.Erasure erasure = personalData.erase(network.getId(), partner.getId(), jana.id());

        assertThat(erasure.replaced()).containsEntry("messages", 1).containsEntry("accounts", 1);
        assertThat(outbox.findById(toOldAddress.id()).orElseThrow().recipient())
                .isEqualTo(de.koop.domain.privacy.Redaction.ERASED_EMAIL);
        assertThat(outbox.findById(toNamesake.id()).orElseThrow()).isEqualTo(toNamesake);
        User deleted = users.findById(onlyHere.getId()).orElseThrow();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(users.findByUsername(OLD_ADDRESS)).isEmpty();
        assertThat(refreshTokens.find("a".repeat(64))).hasValueSatisfying(t -> assertThat(t.revoked()).isTrue());
        User kept = users.findById(alsoElsewhere.getId()).orElseThrow();
        assertThat(kept.isDeleted()).as("it still acts in another network").isFalse();
        assertThat(kept.getGrants()).containsOnlyKeys(other.getId());
        assertThat(personalData.export(network.getId(), partner.getId(), jana.id()).records().get("accounts")).isEmpty();
    }

    @Test
    void theExportNamesTheFormerAddressesAndTheAccountsAnErasureWouldTake() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Partner partner = koop.partner(network, "Pflegedienst Sonnenschein");
        Person jana = partner.getContacts().getFirst();
        koop.declarations.append(new Readiness(DeclarationId.newId(), network.getId(), Optional.of(partner.getId()),
                "Jana Vogel", Optional.of(new EmailAddress(OLD_ADDRESS)), List.of("AG Wohnen"),
                LocalDate.of(2025, 2, 1), "Katrin Böhme", NOW));
        account(OLD_ADDRESS, network.getId());

        PersonalDataUseCase.PersonalData data = personalData.export(network.getId(), partner.getId(), jana.id());

        assertThat(data.person()).containsEntry("formerValues", List.of(OLD_ADDRESS));
        assertThat(data.records().get("accounts")).extracting(row -> row.get("username")).containsExactly(OLD_ADDRESS);
        assertThat(data.records().get("declarations")).extracting(row -> row.get("kind")).containsExactly("Readiness");
    }
}
