package de.koop.adapter.web;

import java.util.List;

/** What the declaration pages show, prepared and formatted by {@link DeclarationPages} and {@link TerminationPages}. */
public final class DeclarationViews {

    private DeclarationViews() {
    }

    /**
     * A declaration in the network's list; an href empty where there is nothing to link to, {@code person} empty
     * where the declaration names nobody or the person's data are no longer shown.
     */
    public record Row(String receivedOn, String kind, String partner, String partnerHref, String person,
                      String subject, String subjectHref, String effectiveOn) {
    }

    /** A checkbox of a form, by its field name. */
    public record Choice(String name, String label, boolean checked) {
    }

    /** The accession form as typed, with what is wrong with it. */
    public record AccessionForm(List<Views.Option> partners, List<Views.Option> versions, String organisation,
                                String name, String phone, String email, boolean publishLogo,
                                boolean publishContacts, boolean noCommercialSelfInterest, String signedOn,
                                String receivedOn, String recordedBy, FormErrors errors) {
    }

    /** The readiness form as typed: the network's bodies to tick, others typed one per line. */
    public record ReadinessForm(List<Views.Option> partners, String name, String email, List<Choice> groups,
                                String otherGroups, String receivedOn, String recordedBy, FormErrors errors) {
    }

    /** The termination form as typed (dates as typed, German), with what is wrong with it. */
    public record TerminationForm(List<Views.Option> agreements, List<Views.Option> partners, String requestedOn,
                                  String receivedOn, String recordedBy, FormErrors errors) {
    }

    /** A value the form carries unseen from the check back to the form or on to recording. */
    public record Hidden(String name, String value) {
    }

    /**
     * The termination as koop would record it, to be confirmed: what was typed, the day it takes effect and why.
     *
     * @param effective the sentence that names the effective day
     * @param reasons   the rule that gives that day, in sentences
     */
    public record TerminationCheck(String agreement, String partner, String receivedOn, String requestedOn,
                                   String recordedBy, String effective, List<String> reasons, String boundUntil,
                                   List<Hidden> values) {

        public TerminationCheck {
            reasons = List.copyOf(reasons);
            values = List.copyOf(values);
        }
    }
}
