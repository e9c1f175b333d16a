package de.koop.domain.shared;

/**
 * The rules a {@link RuleViolationException} can name, each with the code a client receives (the
 * {@code code} of a {@code 422} problem response) to tell one refusal from another without reading the
 * German text.
 *
 * <p>The codes are a published interface: never change or reuse one, only add. They are kebab-case,
 * name the thing first and then what is wrong with it ({@code body-name-taken}), and are listed with
 * their meaning in the README; a test holds the three together.
 */
public enum RuleCode {

    // ---- networks and partners
    NETWORK_ALREADY_CLOSED("network-already-closed"),
    NETWORK_ALREADY_OPEN("network-already-open"),
    NETWORK_CLOSED("network-closed"),
    COORDINATOR_NOT_IN_NETWORK("coordinator-not-in-network"),
    COORDINATION_CONTACT_NOT_REMOVABLE("coordination-contact-not-removable"),
    FORMER_PARTNER_PROTECTED("former-partner-protected"),
    PUBLICATION_CONSENT_ALREADY_GIVEN("publication-consent-already-given"),
    PUBLICATION_CONSENT_NOT_GIVEN("publication-consent-not-given"),

    // ---- agreements and declarations
    AMENDMENT_ALREADY_PROPOSED("amendment-already-proposed"),
    PROPOSAL_NOT_OPEN("proposal-not-open"),
    WRITTEN_FORM_REQUIRED("written-form-required"),
    AMENDMENT_CONSENT_ALREADY_RECORDED("amendment-consent-already-recorded"),
    AGREEMENT_WITHOUT_REVIEW("agreement-without-review"),
    AGREEMENT_AWAITING_SUCCESSOR("agreement-awaiting-successor"),
    TERM_ALREADY_REVIEWED("term-already-reviewed"),
    TERMINATION_EXCLUDED("termination-excluded"),
    AGREEMENT_NOT_IN_FORCE("agreement-not-in-force"),
    PARTNER_ALREADY_BOUND("partner-already-bound"),
    PARTNER_NOT_BOUND("partner-not-bound"),
    PARTNER_ALREADY_TERMINATED("partner-already-terminated"),
    NOTICE_END_UNREACHABLE("notice-end-unreachable"),

    // ---- bodies, seats and elections
    BODY_NAME_TAKEN("body-name-taken"),
    BODY_NOT_ACTIVE("body-not-active"),
    BODY_NOT_ELECTED("body-not-elected"),
    EX_OFFICIO_SEAT_NOT_ASSIGNABLE("ex-officio-seat-not-assignable"),
    PERSON_ALREADY_SEATED("person-already-seated"),
    RESERVED_SEAT_TAKEN("reserved-seat-taken"),
    SPEAKER_TAKEN("speaker-taken"),
    SEAT_ALREADY_ENDED("seat-already-ended"),
    ELECTED_SEATS_FULL("elected-seats-full"),
    PARTNER_LEFT_NETWORK("partner-left-network"),
    ELECTION_TIE("election-tie"),
    CANDIDATE_WITHOUT_VOTES("candidate-without-votes"),
    ELECTION_WITHOUT_MEETING("election-without-meeting"),

    // ---- meetings
    MEETING_OUT_OF_ORDER("meeting-out-of-order"),
    MEETING_IN_FUTURE("meeting-in-future"),
    BODY_WITHOUT_MEMBERS("body-without-members"),
    REQUIRED_TOPIC_NOT_DEFERRABLE("required-topic-not-deferrable"),
    MINUTES_REQUIRED("minutes-required"),
    MINUTES_ALREADY_APPROVED("minutes-already-approved"),
    MEETING_PLANNED("meeting-planned"),
    MEETING_INVITED("meeting-invited"),
    MEETING_HELD("meeting-held"),
    MEETING_MINUTED("meeting-minuted"),
    MEETING_CLOSED("meeting-closed"),

    // ---- duties, messages and accounts
    DEADLINE_ALREADY_FULFILLED("deadline-already-fulfilled"),
    NOTIFICATION_NOT_FAILED("notification-not-failed"),
    NOTIFICATION_NOT_PENDING("notification-not-pending"),
    USERNAME_TAKEN("username-taken"),
    OWN_ACCOUNT_NOT_DELETABLE("own-account-not-deletable"),
    USER_DELETED("user-deleted");

    private final String code;

    RuleCode(String code) {
        this.code = code;
    }

    /** The code as clients receive it, e.g. {@code body-name-taken}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
