package de.koop.adapter.web;

import java.util.List;

/** What the pages of bodies and meetings show, prepared and formatted by {@link BodyPages} and {@link MeetingPages}. */
public final class GovernanceViews {

    private GovernanceViews() {
    }

    /**
     * A body in the network's list: how many sit in it today, when it must meet, its next meeting if one is
     * planned ({@code plannedHref} empty if none), and what its composition lacks.
     */
    public record BodyRow(String name, String href, String kind, String parent, int members, String due,
                          boolean overdue, String planned, String plannedHref, List<String> gaps) {

        public BodyRow {
            gaps = List.copyOf(gaps);
        }
    }

    /** A body's rules in sentences, and where it stands on the day shown. */
    public record Charter(String kind, String parent, String parentHref, String lifetime, String responsibilities,
                          String cadence, List<String> due, String formats, String convening, List<String> decisions,
                          String minutes, List<String> requiredTopics, List<String> composition, String election,
                          List<Link> children) {

        public Charter {
            due = List.copyOf(due);
            decisions = List.copyOf(decisions);
            requiredTopics = List.copyOf(requiredTopics);
            composition = List.copyOf(composition);
            children = List.copyOf(children);
        }
    }

    /** A link with its text. */
    public record Link(String text, String href) {
    }

    /** Someone who sits in a body, or sat in it: by a seat of their own or ex officio. */
    public record SeatRow(String holder, String partner, String role, String basis, String from, String until) {
    }

    /** A meeting in a list. */
    public record MeetingRow(String date, String time, String body, String bodyHref, String title, String href,
                             String place, String state) {
    }

    /**
     * The form that plans a body's meeting, as typed, with what koop will give the meeting: its number and
     * who convenes it by the body's rule ({@code convener} empty where the body has none).
     */
    public record PlanForm(String action, String date, String start, String end, List<Views.Option> formats,
                           String place, String number, String convener, String convenerReason, FormErrors errors) {

        public PlanForm {
            formats = List.copyOf(formats);
        }
    }

    /** A meeting's facts as its page shows them. */
    public record MeetingFacts(String title, String body, String bodyHref, String date, String time, String format,
                               String place, String convener, String convenerReason, String state, String recordHref,
                               String recordLabel) {
    }

    /** An agenda item; {@code decidable} when it waits to be accepted or deferred. */
    public record AgendaRow(int number, String title, String proposedBy, String status, boolean decidable,
                            String acceptAction, String deferAction) {
    }

    /** The proposal form as typed. */
    public record ProposalForm(String action, String title, String proposedBy) {
    }

    /**
     * The invitation: the form that sends it while the meeting is planned, afterwards whom it went to
     * ({@code invitees}).
     */
    public record Invitation(boolean sendable, String action, List<String> invitees) {

        public Invitation {
            invitees = List.copyOf(invitees);
        }
    }
}
