package de.koop.adapter.http;

import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Decision;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A meeting: times with their offset in Europe/Berlin, convener, invitees and attendance, agenda, decisions, minutes. */
@Serdeable
public record MeetingResponse(String id, String networkId, String bodyId, int number, String startsAt,
                              @Nullable String endsAt, String timeZone, String format, @Nullable String place,
                              @Nullable Convener convener, String state, List<InviteeBody> invitees,
                              List<AgendaItemBody> agenda, List<DecisionBody> decisions,
                              @Nullable MinutesBody minutes, long version) {

    @Serdeable
    public record Convener(String partnerId, String reason) {
    }

    @Serdeable
    public record InviteeBody(String name, @Nullable String partnerId, boolean voting, boolean present) {
        static InviteeBody from(Invitee invitee) {
            return new InviteeBody(invitee.name(), invitee.onBehalfOf().map(PartnerId::toString).orElse(null),
                    invitee.voting(), invitee.present());
        }
    }

    @Serdeable
    public record AgendaItemBody(int number, String title, String proposedBy, String status, boolean required,
                                 boolean carriedOver) {
        static AgendaItemBody from(AgendaItem item) {
            return new AgendaItemBody(item.number(), item.title(), item.proposedBy(), item.status().name(),
                    item.required(), item.carriedOver());
        }
    }

    /** A decision with its counts, the rule applied and the outcome it gave. */
    @Serdeable
    public record DecisionBody(int number, String motion, int yes, int no, int abstain, int present, int members,
                               String rule, String outcome, @Nullable Integer agendaItem) {
        static DecisionBody from(Decision d) {
            return new DecisionBody(d.number(), d.motion(), d.votes().yes(), d.votes().no(), d.votes().abstain(),
                    d.votes().present(), d.members(), d.rule().german(), d.outcome().name(), d.agendaItem().orElse(null));
        }
    }

    @Serdeable
    public record MinutesBody(String text, @Nullable String approvedOn) {
    }

    static MeetingResponse from(Meeting m) {
        return new MeetingResponse(m.getId().toString(), m.getNetworkId().toString(), m.getBodyId().toString(),
                m.getNumber(), zoned(m.getStartsAt()), m.getEndsAt().map(MeetingResponse::zoned).orElse(null),
                Meeting.ZONE.getId(), m.getFormat().name(), m.getPlace().orElse(null),
                m.getConvener().map(c -> new Convener(c.partnerId().toString(), c.reason())).orElse(null),
                m.getState().name(), m.getInvitees().stream().map(InviteeBody::from).toList(),
                m.getAgenda().stream().map(AgendaItemBody::from).toList(),
                m.getDecisions().stream().map(DecisionBody::from).toList(),
                m.getMinutes().map(min -> new MinutesBody(min.text(),
                        min.approvedOn().map(LocalDate::toString).orElse(null))).orElse(null),
                m.getVersion());
    }

    static String zoned(LocalDateTime time) {
        return time.atZone(Meeting.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
