package de.koop.application.port.in;

import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Seat;
import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator must act on, as of a day: bodies overdue to meet, meetings lacking the minutes
 * their body requires, seats whose terms end soon, and composition rules not met.
 */
public record Dashboard(LocalDate date, int termsEndingWithinDays, List<BodyView> overdueBodies,
                        List<Meeting> meetingsLackingMinutes, List<EndingSeat> seatsEndingSoon,
                        List<BodyView> bodiesWithCompositionGaps) {

    /** A seat whose term ends within the window, with the body it belongs to. */
    public record EndingSeat(String bodyId, String bodyName, Seat seat) {
    }

    public Dashboard {
        overdueBodies = List.copyOf(overdueBodies);
        meetingsLackingMinutes = List.copyOf(meetingsLackingMinutes);
        seatsEndingSoon = List.copyOf(seatsEndingSoon);
        bodiesWithCompositionGaps = List.copyOf(bodiesWithCompositionGaps);
    }
}
