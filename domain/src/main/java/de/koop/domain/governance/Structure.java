package de.koop.domain.governance;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A network's bodies seen together: who belongs to each on a day, ex officio seats included, and
 * where a composition rule is not met (rule 6).
 */
public final class Structure {

    private final List<Body> bodies;

    private Structure(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    public static Structure of(List<Body> bodies) {
        return new Structure(bodies);
    }

    /** The body of this network with that id, if there is one. */
    public Optional<Body> body(BodyId id) {
        return bodies.stream().filter(b -> b.getId().equals(id)).findFirst();
    }

    public List<Body> childrenOf(Body parent) {
        return bodies.stream().filter(b -> b.getParentId().equals(Optional.of(parent.getId()))).toList();
    }

    /**
     * Everyone who belongs to {@code body} on {@code date}: its seat holders, and the speakers of its
     * child working groups when the body gives them a seat ex officio. The ex officio seat moves with
     * the speaker role and ends with it.
     */
    public List<Member> membersOn(Body body, LocalDate date) {
        List<Member> members = new ArrayList<>(body.seatsOn(date).stream().map(Member::of).toList());
        if (body.getComposition().speakerOfEachWorkingGroup()) {
            for (Body child : childrenOf(body)) {
                if (child.getKind() == BodyKind.WORKING_GROUP && child.existsOn(date)) {
                    child.speakerOn(date).map(speaker -> Member.exOfficio(speaker, child.getId()))
                            .ifPresent(exOfficio -> addExOfficio(members, exOfficio));
                }
            }
        }
        return members;
    }

    /** A speaker who sits here already keeps that seat, unless it is a guest's: then the ex officio seat counts. */
    private static void addExOfficio(List<Member> members, Member exOfficio) {
        for (int i = 0; i < members.size(); i++) {
            Member existing = members.get(i);
            if (existing.samePerson(exOfficio)) {
                if (!existing.role().isMember()) {
                    members.set(i, exOfficio);
                }
                return;
            }
        }
        members.add(exOfficio);
    }

    /** How many members may vote on {@code date}: everyone but guests. */
    public int votingMembersOn(Body body, LocalDate date) {
        return (int) membersOn(body, date).stream().filter(m -> m.role().isMember()).count();
    }

    /** The composition rules {@code body} does not meet on {@code date}, each in words. */
    public List<String> compositionGapsOn(Body body, LocalDate date) {
        return compositionGapsOn(body, date, PartnerId::toString);
    }

    /**
     * The composition rules {@code body} does not meet on {@code date}, each in words, naming partners
     * by {@code partnerNames}.
     */
    public List<String> compositionGapsOn(Body body, LocalDate date, Function<PartnerId, String> partnerNames) {
        List<String> gaps = new ArrayList<>();
        List<Member> members = membersOn(body, date);
        for (PartnerId reserved : body.getComposition().reservedFor()) {
            if (members.stream().noneMatch(m -> m.onBehalfOf().equals(Optional.of(reserved)))) {
                gaps.add("Der für „" + partnerNames.apply(reserved) + "“ reservierte Sitz ist nicht besetzt.");
            }
        }
        for (Body child : childrenOf(body)) {
            if (!child.existsOn(date)) {
                continue;
            }
            if (body.getComposition().speakerOfEachWorkingGroup() && child.getKind() == BodyKind.WORKING_GROUP
                    && child.speakerOn(date).isEmpty()) {
                gaps.add("„" + child.getName() + "“ hat keine Sprecherin und keinen Sprecher für den Sitz kraft Amtes.");
            }
            if (body.getComposition().memberFromEachChildGroup()) {
                List<Member> childMembers = child.seatsOn(date).stream().map(Member::of).toList();
                boolean represented = members.stream().anyMatch(m -> childMembers.stream().anyMatch(m::samePerson));
                if (!represented) {
                    gaps.add("Aus „" + child.getName() + "“ ist niemand Mitglied von „" + body.getName() + "“.");
                }
            }
        }
        return gaps;
    }

    public Optional<Body> find(BodyId id) {
        return bodies.stream().filter(b -> b.getId().equals(id)).findFirst();
    }
}
