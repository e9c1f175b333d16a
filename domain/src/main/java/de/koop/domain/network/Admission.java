package de.koop.domain.network;

/** Whether a network accepts new partners by declaration (open) or has fixed parties (closed). */
public enum Admission {
    OPEN,
    CLOSED
}
