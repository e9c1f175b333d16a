package de.koop.domain.partner;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact person as a coordinator enters it: without an id for a new person, with the id of an
 * existing contact to keep that person's identity across edits.
 */
public record ContactDetails(Optional<PersonId> id, String name, Optional<String> function,
                             Optional<PhoneNumber> phone, Optional<EmailAddress> email) {

    public ContactDetails {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "name", 200);
        function = Objects.requireNonNull(function, "function").flatMap(f -> Text.optional(f, "function", 200));
        phone = Objects.requireNonNull(phone, "phone");
        email = Objects.requireNonNull(email, "email");
    }

    Person toPerson(PersonId personId) {
        return new Person(personId, name, function, phone, email);
    }
}
