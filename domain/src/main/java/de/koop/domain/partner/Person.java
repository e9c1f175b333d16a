package de.koop.domain.partner;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A natural person acting for a partner (Vertreter/in, Ansprechpartner/in). Personal data: never
 * published without the partner's consent.
 *
 * @param formerValues the names, e-mail addresses and phone numbers the person had before a coordinator
 *                     corrected them: messages and declarations written earlier still hold them, and an
 *                     erasure must find them there. Never shown but in the person's own data export.
 */
public record Person(PersonId id, String name, Optional<String> function, Optional<PhoneNumber> phone,
                     Optional<EmailAddress> email, List<String> formerValues) {

    public Person {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "name", 200);
        function = Objects.requireNonNull(function, "function").map(f -> Text.required(f, "function", 200));
        phone = Objects.requireNonNull(phone, "phone");
        email = Objects.requireNonNull(email, "email");
        formerValues = Objects.requireNonNull(formerValues, "formerValues").stream()
                .map(v -> Text.required(v, "formerValues", 254)).distinct().toList();
    }

    /** A person without former values. */
    public Person(PersonId id, String name, Optional<String> function, Optional<PhoneNumber> phone,
                  Optional<EmailAddress> email) {
        this(id, name, function, phone, email, List.of());
    }

    /** The name, e-mail address and phone number the person has now. */
    public List<String> currentValues() {
        List<String> values = new ArrayList<>(List.of(name));
        email.map(EmailAddress::value).ifPresent(values::add);
        phone.map(PhoneNumber::value).ifPresent(values::add);
        return values;
    }

    /** Every value the person had in koop: the current ones and the former ones. */
    public List<String> knownValues() {
        List<String> values = new ArrayList<>(currentValues());
        values.addAll(formerValues);
        return values;
    }

    /**
     * The same person with corrected details: a name, address or number given up is kept as a former value
     * (letter case aside, as an erasure finds values regardless of case).
     */
    Person correctedTo(ContactDetails details) {
        List<String> now = details.toPerson(id).currentValues();
        List<String> former = new ArrayList<>(formerValues);
        currentValues().stream().filter(old -> now.stream().noneMatch(old::equalsIgnoreCase)).forEach(former::add);
        former.removeIf(old -> now.stream().anyMatch(old::equalsIgnoreCase));
        return new Person(id, details.name(), details.function(), details.phone(), details.email(), former);
    }
}
