package de.koop.domain.declaration;

import static de.koop.domain.agreement.Agreements.date;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Test fixture: a network, its agreement and the declarations recorded so far, as the coordinator
 * keeps them. Each declaration is accepted against the membership as it stands, then recorded.
 */
final class Ledger {

    static final AccessionContact CONTACT = new AccessionContact("Pflegedienst Sonnenschein", "Clara Berg",
            new PhoneNumber("0341 987-6543"), new EmailAddress("clara.berg@sonnenschein.de"));

    final Network network;
    final Agreement agreement;
    final List<Declaration> declarations = new ArrayList<>();
    private int recorded;

    private Ledger(Network network, Agreement agreement) {
        this.network = network;
        this.agreement = agreement;
    }

    static NetworkId newNetworkId() {
        return NetworkId.newId();
    }

    static Network openNetwork(NetworkId id) {
        return Network.create(id, "Leipziger Kooperationsnetzwerk Pflege", "LeiKoP", "Stadt Leipzig", null,
                Admission.OPEN);
    }

    /** A ledger for an agreement built for the given network id. */
    static Ledger of(NetworkId networkId, Function<NetworkId, Agreement> agreement) {
        return new Ledger(openNetwork(networkId), agreement.apply(networkId));
    }

    Membership membership() {
        return Membership.of(agreement, declarations);
    }

    Recording received(String day) {
        recorded++;
        return new Recording(date(day), "Koordinatorin Weber",
                LocalDate.parse(day).atTime(9, 0).plusMinutes(recorded).toInstant(ZoneOffset.UTC));
    }

    /** Accepts and records an accession of the version in force, signed on the day it was received. */
    Accession accede(PartnerId partner, String receivedOn) {
        int version = agreement.versionInForceOn(date(receivedOn)).map(v -> v.number()).orElse(1);
        return accede(partner, receivedOn, version);
    }

    Accession accede(PartnerId partner, String receivedOn, int version) {
        Accession accession = Accession.accept(DeclarationId.newId(), network, agreement, membership(), partner,
                version, CONTACT, true, false, true, date(receivedOn), received(receivedOn));
        declarations.add(accession);
        return accession;
    }

    /** Accepts and records a termination received on {@code receivedOn}, asking for {@code requestedOn} or null. */
    Termination terminate(PartnerId partner, String receivedOn, String requestedOn) {
        Termination termination = Termination.declare(DeclarationId.newId(), agreement, membership(), partner,
                requestedOn == null ? null : date(requestedOn), received(receivedOn));
        declarations.add(termination);
        return termination;
    }

    Termination terminate(PartnerId partner, String receivedOn) {
        return terminate(partner, receivedOn, null);
    }

    static Instant noon(String day) {
        return LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
