package de.koop.domain.partner;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A natural person acting for a partner (Vertreter/in, Ansprechpartner/in). Personal data: never
 * published without the partner's consent.
 */
public record Person(PersonId id, String name, Optional<String> function, Optional<PhoneNumber> phone,
                     Optional<EmailAddress> email) {

    public Person {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "name", 200);
        function = Objects.requireNonNull(function, "function").map(f -> Text.required(f, "function", 200));
        phone = Objects.requireNonNull(phone, "phone");
        email = Objects.requireNonNull(email, "email");
    }
}
