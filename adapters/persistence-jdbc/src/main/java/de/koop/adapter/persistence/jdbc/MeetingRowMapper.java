package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.MeetingChildRows.AgendaItemRow;
import de.koop.adapter.persistence.jdbc.MeetingChildRows.DecisionRow;
import de.koop.adapter.persistence.jdbc.MeetingChildRows.InviteeRow;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.Decision;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.Invitee;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingFormat;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.governance.Minutes;
import de.koop.domain.governance.Votes;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.MeetingId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;

/**
 * Maps meetings to their row and child rows, and back; rows become meetings only through
 * {@link Meeting#reconstitute}. Convener and minutes are flattened into columns.
 */
@Mapper(imports = {ConveningRule.class, Minutes.class})
public interface MeetingRowMapper extends RowConversions {

    @Mapping(target = "convenerPartnerId", expression = "java(meeting.getConvener().map(c -> c.partnerId().toString()).orElse(null))")
    @Mapping(target = "convenerReason", expression = "java(meeting.getConvener().map(ConveningRule.Responsibility::reason).orElse(null))")
    @Mapping(target = "minutesText", expression = "java(meeting.getMinutes().map(Minutes::text).orElse(null))")
    @Mapping(target = "minutesApprovedOn", expression = "java(meeting.getMinutes().flatMap(Minutes::approvedOn).orElse(null))")
    MeetingRow toRow(Meeting meeting);

    // MapStruct reads the list getters as writable lists; reconstitute has set them already
    @Mapping(target = "invitees", ignore = true)
    @Mapping(target = "agenda", ignore = true)
    @Mapping(target = "decisions", ignore = true)
    Meeting toDomain(MeetingRow row, @Context MeetingChildren children);

    @ObjectFactory
    default Meeting reconstitute(MeetingRow row, @Context MeetingChildren children) {
        List<Invitee> invitees = children.invitees().stream().map(i -> new Invitee(i.name(),
                Optional.ofNullable(i.personId()).map(p -> new PersonId(UUID.fromString(p))),
                Optional.ofNullable(i.partnerId()).map(this::partnerId), i.voting(), i.present())).toList();
        List<AgendaItem> agenda = children.agenda().stream().map(a -> new AgendaItem(a.number(), a.title(),
                a.proposedBy(), AgendaItem.Status.valueOf(a.status()), a.required(), a.carriedOver())).toList();
        List<Decision> decisions = children.decisions().stream().map(d -> new Decision(d.number(), d.motion(),
                new Votes(d.yesVotes(), d.noVotes(), d.abstainVotes(), d.present()), d.members(),
                new DecisionRule(DecisionRule.Kind.valueOf(d.decisionKind()), Optional.ofNullable(d.quorumPercent())),
                DecisionRule.Outcome.valueOf(d.outcome()), Optional.ofNullable(d.agendaItem()))).toList();
        return Meeting.reconstitute(new MeetingId(UUID.fromString(row.id())),
                new NetworkId(UUID.fromString(row.networkId())), new BodyId(UUID.fromString(row.bodyId())),
                row.number(), row.startsAt(), row.endsAt(), MeetingFormat.valueOf(row.format()), row.place(),
                row.convenerPartnerId() == null ? null
                        : new ConveningRule.Responsibility(partnerId(row.convenerPartnerId()), row.convenerReason()),
                MeetingState.valueOf(row.state()), invitees, agenda, decisions,
                row.minutesText() == null ? null
                        : new Minutes(row.minutesText(), Optional.ofNullable(row.minutesApprovedOn())),
                row.version());
    }

    default MeetingChildren children(Meeting meeting) {
        String id = meeting.getId().toString();
        List<InviteeRow> invitees = new ArrayList<>();
        for (int i = 0; i < meeting.getInvitees().size(); i++) {
            Invitee invitee = meeting.getInvitees().get(i);
            invitees.add(new InviteeRow(id + ":" + i, id, i, invitee.name(),
                    invitee.personId().map(PersonId::toString).orElse(null),
                    invitee.onBehalfOf().map(PartnerId::toString).orElse(null), invitee.voting(), invitee.present()));
        }
        List<AgendaItemRow> agenda = meeting.getAgenda().stream().map(a -> new AgendaItemRow(id + ":" + a.number(),
                id, a.number(), a.title(), a.proposedBy(), a.status().name(), a.required(), a.carriedOver())).toList();
        List<DecisionRow> decisions = meeting.getDecisions().stream().map(d -> new DecisionRow(id + ":" + d.number(),
                id, d.number(), d.motion(), d.votes().yes(), d.votes().no(), d.votes().abstain(), d.votes().present(),
                d.members(), d.rule().kind().name(), d.rule().quorumPercent().orElse(null), d.outcome().name(),
                d.agendaItem().orElse(null)))
                .toList();
        return new MeetingChildren(invitees, agenda, decisions);
    }

    default String format(MeetingFormat format) {
        return format.name();
    }

    default String state(MeetingState state) {
        return state.name();
    }

    default LocalDateTime time(Optional<LocalDateTime> time) {
        return time.orElse(null);
    }
}
