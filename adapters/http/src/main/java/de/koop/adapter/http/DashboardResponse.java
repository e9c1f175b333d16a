package de.koop.adapter.http;

import de.koop.application.port.in.BodyView;
import de.koop.application.port.in.Dashboard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** What a coordinator must act on, as of {@code date}. */
@Serdeable
public record DashboardResponse(String date, int termsEndingWithinDays, List<BodyDue> overdueBodies,
                                List<MeetingLacking> meetingsLackingMinutes, List<EndingSeat> seatsEndingSoon,
                                List<CompositionGaps> compositionGaps) {

    @Serdeable
    public record BodyDue(String bodyId, String name, @Nullable String lastMeeting, @Nullable String nextMeetingDue) {
        static BodyDue from(BodyView view) {
            return new BodyDue(view.body().getId().toString(), view.body().getName(),
                    view.lastMeeting().map(LocalDate::toString).orElse(null),
                    view.nextMeetingDue().map(LocalDate::toString).orElse(null));
        }
    }

    @Serdeable
    public record MeetingLacking(String meetingId, String bodyId, int number, String startsAt, String state) {
    }

    @Serdeable
    public record EndingSeat(String bodyId, String bodyName, String seatId, String holderName, String role,
                             String basis, String until) {
    }

    @Serdeable
    public record CompositionGaps(String bodyId, String name, List<String> gaps) {
    }

    static DashboardResponse from(Dashboard d) {
        return new DashboardResponse(d.date().toString(), d.termsEndingWithinDays(),
                d.overdueBodies().stream().map(BodyDue::from).toList(),
                d.meetingsLackingMinutes().stream().map(m -> new MeetingLacking(m.getId().toString(),
                        m.getBodyId().toString(), m.getNumber(), MeetingResponse.zoned(m.getStartsAt()), m.getState().name()))
                        .toList(),
                d.seatsEndingSoon().stream().map(e -> new EndingSeat(e.bodyId(), e.bodyName(), e.seat().id().toString(),
                        e.seat().holderName(), e.seat().role().name(), e.seat().basis().name(),
                        e.seat().until().orElseThrow().toString())).toList(),
                d.bodiesWithCompositionGaps().stream().map(v -> new CompositionGaps(v.body().getId().toString(),
                        v.body().getName(), v.compositionGaps())).toList());
    }
}
