package de.koop.domain.partner;

import de.koop.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a partner's logo can be fetched: an absolute http(s) address. */
public record LogoReference(String url) {

    public LogoReference {
        if (url == null || url.isBlank()) {
            throw new InvalidValueException("logoUrl", "darf nicht leer sein");
        }
        url = url.strip();
        if (url.length() > 500) {
            throw new InvalidValueException("logoUrl", "darf höchstens 500 Zeichen lang sein");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidValueException("logoUrl", "muss eine http- oder https-Adresse sein");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("logoUrl", "ist keine gültige Adresse");
        }
    }
}
