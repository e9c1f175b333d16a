package de.koop.domain.declaration;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.Text;
import java.util.Objects;

/** The contact data the accession form asks for: organisation, name, phone, e-mail. */
public record AccessionContact(String organisation, String name, PhoneNumber phone, EmailAddress email) {

    public AccessionContact {
        organisation = Text.required(organisation, "organisation", 200);
        name = Text.required(name, "name", 200);
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
    }
}
