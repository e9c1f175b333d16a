package de.koop.adapter.web;

import java.util.List;

/** What the agreement pages show, prepared and formatted by {@link AgreementPages}. */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** An agreement in the network's list. */
    public record Row(String title, String kind, String href, String effectiveSince, String term, String standing) {
    }

    /** The agreement itself: what it is, what it rests on, its rules in sentences and where it stands today. */
    public record Detail(String title, String kind, String legalBasis, String standing, List<String> termRules,
                         List<String> termToday, List<String> terminationRules, List<String> annexes,
                         List<String> parties) {

        public Detail {
            termRules = List.copyOf(termRules);
            termToday = List.copyOf(termToday);
            terminationRules = List.copyOf(terminationRules);
            annexes = List.copyOf(annexes);
            parties = List.copyOf(parties);
        }
    }

    /** A version (Fassung): when it was concluded or proposed, from when it applies, what it changed. */
    public record Version(String name, String state, String effective, String summary, String document) {
    }

    /** A review of the term and its outcome. */
    public record ReviewRow(String heldOn, String outcome, String note) {
    }

    /** A partner bound on the chosen day, why, and for how long. */
    public record BoundRow(String name, String basis, String since, String until) {
    }

    /**
     * Who is bound on a day: the day as typed (kept when it is no date), the message beside the field, and the
     * answer; {@code heading} and {@code parties} are empty while the field has an error.
     */
    public record Membership(String action, String typed, String error, String heading, String version,
                             List<BoundRow> parties) {

        public Membership {
            parties = List.copyOf(parties);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }
    }
}
