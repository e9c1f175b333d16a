package de.koop.domain.governance;

import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who elects a body's seats on the day of an election (rule 7): the voting members of the body its
 * election rules name (such as the conference), or, where each child group elects its own
 * representatives, of the child group holding this election, whose candidates must then be its
 * members too.
 */
public final class Electorate {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Body body;
    private final List<Member> entitled;
    private final boolean candidatesFromItsMembers;

    private Electorate(Body body, List<Member> entitled, boolean candidatesFromItsMembers) {
        this.body = body;
        this.entitled = entitled;
        this.candidatesFromItsMembers = candidatesFromItsMembers;
    }

    /**
     * The electorate of an election to {@code elected} held on {@code electedOn}; empty if the body is
     * not elected at all.
     *
     * @param named the electorate the record of the election names: required where each child group
     *              elects its own representatives, and then one of the body's child groups
     */
    public static Optional<Electorate> of(Structure structure, Body elected, Optional<BodyId> named,
                                          LocalDate electedOn) {
        return elected.getElectionRules().map(rules -> {
            Body electing;
            if (rules.electorate().isPresent()) {
                BodyId electorate = rules.electorate().get();
                if (named.filter(id -> !id.equals(electorate)).isPresent()) {
                    throw new InvalidValueException("electorateBodyId",
                            "„" + elected.getName() + "“ wird von einem anderen Gremium gewählt");
                }
                electing = structure.body(electorate).orElseThrow(() -> new InvalidValueException(
                        "electorateBodyId", "das wählende Gremium gehört nicht zu diesem Netzwerk"));
            } else {
                BodyId child = named.orElseThrow(() -> new InvalidValueException("electorateBodyId",
                        "muss die Untergruppe nennen, die ihre Vertretung in „" + elected.getName() + "“ wählt"));
                electing = structure.childrenOf(elected).stream().filter(b -> b.getId().equals(child)).findFirst()
                        .orElseThrow(() -> new InvalidValueException("electorateBodyId",
                                "ist keine Untergruppe von „" + elected.getName() + "“"));
            }
            List<Member> entitled = structure.membersOn(electing, electedOn).stream()
                    .filter(m -> m.role().isMember()).toList();
            return new Electorate(electing, entitled, rules.electorate().isEmpty());
        });
    }

    /**
     * Refuses an election on a day the electing body did not meet: its members elect in a meeting. koop
     * knows a body's meetings from the first one recorded on; before that, or for a body without recorded
     * meetings, it cannot tell and accepts the day.
     *
     * @param meetingsOfElectorate the meetings recorded for {@link #body()}
     */
    public void requireMeetingOn(List<Meeting> meetingsOfElectorate, LocalDate electedOn) {
        List<LocalDate> days = meetingsOfElectorate.stream().map(Meeting::getStartsAt).filter(Objects::nonNull)
                .map(LocalDateTime::toLocalDate).sorted().toList();
        if (days.isEmpty() || electedOn.isBefore(days.getFirst()) || days.contains(electedOn)) {
            return;
        }
        String nearest = days.stream().filter(d -> !d.isAfter(electedOn)).reduce((a, b) -> b)
                .map(d -> "; die letzte Sitzung davor war am " + GERMAN.format(d)).orElse("");
        throw new RuleViolationException(RuleCode.ELECTION_WITHOUT_MEETING, "„" + body.getName() + "“ hat am "
                + GERMAN.format(electedOn) + " nicht getagt; gewählt wird in einer Sitzung des wählenden Gremiums"
                + nearest + ".");
    }

    /** The body whose members elect. */
    public Body body() {
        return body;
    }

    /**
     * Checks a ballot: voters must be voting members of the electorate (namesakes as often as there are
     * members of that name); where a child group elects, its candidates must be its members; and no
     * more votes may be cast than the voters had.
     */
    public void check(List<String> voters, List<Candidate> candidates, int seatsToFill, LocalDate electedOn) {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i).strip();
            long members = entitled.stream().filter(m -> m.name().equalsIgnoreCase(voter)).count();
            int times = named.merge(voter.toLowerCase(Locale.ROOT), 1, Integer::sum);
            if (members == 0) {
                throw new InvalidValueException("voters[" + i + "]", "„" + voter + "“ ist nicht wahlberechtigt: "
                        + "kein Mitglied von „" + body.getName() + "“ am " + electedOn);
            }
            if (times > members) {
                throw new InvalidValueException("voters[" + i + "]", "„" + voter + "“ ist doppelt genannt");
            }
        }
        if (candidatesFromItsMembers) {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                Member asMember = new Member(candidate.name(), candidate.personId(), candidate.onBehalfOf(),
                        SeatRole.MEMBER, SeatBasis.ELECTED, Optional.empty(), electedOn, Optional.empty());
                if (entitled.stream().noneMatch(m -> m.samePerson(asMember))) {
                    throw new InvalidValueException("candidates[" + i + "]", candidate.name() + " ist nicht wählbar: "
                            + "kein Mitglied von „" + body.getName() + "“");
                }
            }
        }
        long ballots = voters.size();
        long cast = candidates.stream().mapToLong(Candidate::votes).sum();
        if (cast > ballots * seatsToFill) {
            throw new InvalidValueException("candidates", "mehr Stimmen (" + cast + ") als " + ballots
                    + (ballots == 1 ? " Wählende oder Wählender" : " Wählende") + " für " + seatsToFill
                    + (seatsToFill == 1 ? " Sitz" : " Sitze") + " abgeben konnten");
        }
    }
}
