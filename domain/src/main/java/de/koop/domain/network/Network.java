package de.koop.domain.network;

import de.koop.domain.partner.Partner;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A standing cooperation (Netzwerk, Kooperation): its name, short name, region, goals, whether it
 * accepts new partners, and who coordinates it.
 */
public final class Network {

    private final NetworkId id;
    private String name;
    private String shortName;
    private String region;
    private String goals;
    private Admission admission;
    private Coordination coordination;
    private final long version;

    private Network(NetworkId id, String name, String shortName, String region, String goals,
                    Admission admission, Coordination coordination, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.required(name, "name", 200);
        this.shortName = checkShortName(shortName);
        this.region = Text.required(region, "region", 200);
        this.goals = Text.optionalMultiline(goals, "goals", 4000).orElse(null);
        if (admission == null) {
            throw new InvalidValueException("admission", "muss angegeben werden (OPEN oder CLOSED)");
        }
        this.admission = admission;
        this.coordination = coordination;
        this.version = version;
    }

    /** A new network; coordination is assigned once its coordinating partner is registered. */
    public static Network create(NetworkId id, String name, String shortName, String region, String goals,
                                 Admission admission) {
        return new Network(id, name, shortName, region, goals, admission, null, 0);
    }

    /** A network as it was stored; used by persistence adapters only. */
    public static Network reconstitute(NetworkId id, String name, String shortName, String region, String goals,
                                       Admission admission, Coordination coordination, long version) {
        return new Network(id, name, shortName, region, goals, admission, coordination, version);
    }

    public void rename(String newName, String newShortName) {
        String checkedName = Text.required(newName, "name", 200);
        String checkedShortName = checkShortName(newShortName);
        this.name = checkedName;
        this.shortName = checkedShortName;
    }

    /**
     * Replaces an erased person's values in what a coordinator wrote about the network: its name, region
     * and goals. A short name that holds one of them is dropped, as a pseudonym is no short name.
     *
     * @return whether anything changed
     */
    public boolean redact(Redaction redaction) {
        String newName = redaction.apply(name, 200);
        String newShortName = shortName != null && redaction.mentions(shortName) ? null : shortName;
        String newRegion = redaction.apply(region, 200);
        String newGoals = redaction.apply(goals, 4000);
        boolean changed = !newName.equals(name) || !Objects.equals(newShortName, shortName)
                || !newRegion.equals(region) || !Objects.equals(newGoals, goals);
        name = newName;
        shortName = newShortName;
        region = newRegion;
        goals = newGoals;
        return changed;
    }

    /** Closes the network to new partners; existing partners stay. */
    public void close() {
        if (admission == Admission.CLOSED) {
            throw new RuleViolationException(RuleCode.NETWORK_ALREADY_CLOSED,
                    "Das Netzwerk „" + name + "“ ist bereits für neue Partner geschlossen.");
        }
        admission = Admission.CLOSED;
    }

    /** Opens the network again for accession declarations. */
    public void reopen() {
        if (admission == Admission.OPEN) {
            throw new RuleViolationException(RuleCode.NETWORK_ALREADY_OPEN,
                    "Das Netzwerk „" + name + "“ ist bereits für neue Partner offen.");
        }
        admission = Admission.OPEN;
    }

    /**
     * Hands the coordination to a partner of this network, represented by one of its contacts.
     */
    public void assignCoordination(Partner holder, PersonId contactPersonId) {
        Objects.requireNonNull(holder, "holder");
        if (!holder.getNetworkId().equals(id)) {
            throw new RuleViolationException(RuleCode.COORDINATOR_NOT_IN_NETWORK,
                    "Die Koordination kann nur ein Partner dieses Netzwerks übernehmen.");
        }
        if (holder.contact(contactPersonId).isEmpty()) {
            throw new InvalidValueException("contactPersonId",
                    "ist keine Ansprechperson des Partners „" + holder.getName() + "“");
        }
        coordination = new Coordination(holder.getId(), contactPersonId);
    }

    public boolean isOpen() {
        return admission == Admission.OPEN;
    }

    public NetworkId getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Optional<String> getShortName() {
        return Optional.ofNullable(shortName);
    }

    public String getRegion() {
        return region;
    }

    public Optional<String> getGoals() {
        return Optional.ofNullable(goals);
    }

    public Admission getAdmission() {
        return admission;
    }

    public Optional<Coordination> getCoordination() {
        return Optional.ofNullable(coordination);
    }

    /** The stored version this state was read at; persistence refuses to save over a newer one. */
    public long getVersion() {
        return version;
    }

    private static String checkShortName(String value) {
        return ShortName.optional(value).map(ShortName::value).orElse(null);
    }
}
