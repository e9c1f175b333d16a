package de.koop.domain.shared;

import java.util.regex.Pattern;

/** A German postal address of an organisation. */
public record PostalAddress(String street, String postalCode, String city) {

    private static final Pattern POSTAL_CODE = Pattern.compile("^[0-9]{5}$");

    public PostalAddress {
        street = Text.required(street, "street", 200);
        postalCode = Text.required(postalCode, "postalCode", 5 + 10);
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidValueException("postalCode", "muss eine fünfstellige Postleitzahl sein");
        }
        city = Text.required(city, "city", 100);
    }
}
