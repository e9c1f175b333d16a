package de.koop.application.port.in;

/** The thing a use case was asked about does not exist (or is not visible to the caller). */
public final class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " wurde nicht gefunden.");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** The German name of what is missing ("Netzwerk", "Partner"). */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
