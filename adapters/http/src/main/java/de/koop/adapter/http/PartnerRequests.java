package de.koop.adapter.http;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The bodies coordinators send about partners; read strictly from JSON by {@link JsonBody}. */
final class PartnerRequests {

    private PartnerRequests() {
    }

    /**
     * A partner's master data. {@code version} is required for an update and ignored on registration.
     * {@code noCommercialInterestDeclaredOn} is the date of the partner's declaration that it pursues
     * no commercial self-interest in the network.
     */
    record Partner(String name, String category, Address address, @Nullable List<Contact> contacts,
                   @Nullable String logoUrl, @Nullable String noCommercialInterestDeclaredOn, @Nullable Long version) {
        static Partner read(JsonBody body) {
            JsonBody address = body.object("address");
            return new Partner(body.string("name"), body.string("category"),
                    address == null ? null : Address.read(address),
                    body.objects("contacts").stream().map(Contact::read).toList(), body.string("logoUrl"),
                    body.string("noCommercialInterestDeclaredOn"), body.integer("version"));
        }
    }

    record Address(String street, String postalCode, String city) {
        static Address read(JsonBody body) {
            return new Address(body.string("street"), body.string("postalCode"), body.string("city"));
        }
    }

    /** A contact person; with {@code id} to keep an existing one, without to add a new one. */
    record Contact(@Schema(hidden = true) String path, @Nullable String id, String name, @Nullable String function,
                   @Nullable String phone, @Nullable String email) {
        static Contact read(JsonBody body) {
            return new Contact(body.path(), body.string("id"), body.string("name"), body.string("function"),
                    body.string("phone"), body.string("email"));
        }
    }

    /** The date of the written consent or withdrawal; today when absent. */
    record Consent(@Nullable String on) {
        static Consent read(JsonBody body) {
            return new Consent(body.string("on"));
        }
    }
}
