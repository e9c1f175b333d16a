package de.koop.domain.partner;

import de.koop.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The field a partner comes from (Bereich), as the framework agreements list them. */
public enum PartnerCategory {
    CITY_ADMINISTRATION("Stadt- oder Kreisverwaltung"),
    COST_BEARER("Leistungsträger nach SGB XI/XII"),
    SERVICE_PROVIDER("Leistungserbringer nach SGB XI/XII"),
    MEDICAL_SERVICE("Medizinischer Dienst"),
    HOSPITAL("Krankenhaus"),
    REHABILITATION_CLINIC("Rehabilitationsklinik"),
    PHYSICIANS_CHAMBER("Ärztekammer"),
    EVERYDAY_SUPPORT("Angebot zur Unterstützung im Alltag"),
    HOSPICE("Hospizarbeit"),
    SELF_HELP("Selbsthilfe und Ehrenamt"),
    SENIOR_REPRESENTATION("Seniorenvertretung"),
    LANDLORD("Vermieter"),
    OTHER("Sonstige");

    private final String label;

    PartnerCategory(String label) {
        this.label = label;
    }

    /** The German name shown to coordinators and the public. */
    public String label() {
        return label;
    }

    /** Reads a category code such as {@code HOSPITAL}; an unknown one names the allowed codes. */
    public static PartnerCategory fromCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(c -> c.name().equals(normalised))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "unbekannter Bereich „" + code
                        + "“; erlaubt: " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
