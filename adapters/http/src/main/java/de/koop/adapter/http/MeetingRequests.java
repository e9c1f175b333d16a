package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;

import de.koop.domain.governance.MeetingFormat;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies sent about a network's meetings; read strictly by {@link RequestReader}. */
final class MeetingRequests {

    /** A local time in Germany (Europe/Berlin), such as {@code 2026-03-12T14:00}. */
    static final String LOCAL_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$";

    private MeetingRequests() {
    }

    /**
     * A meeting of a body planned: its required topics and deferred items come onto the agenda, and the
     * body's convening rule names who convenes.
     *
     * @param startsAt local time in Germany (Europe/Berlin), such as {@code 2026-03-12T14:00}
     * @param endsAt   local time in Germany, after {@code startsAt}
     */
    @Schema(name = "MeetingSchedule", additionalProperties = FALSE)
    record Schedule(UUID bodyId, @Pattern(regexp = LOCAL_TIME) String startsAt,
                    @Nullable @Pattern(regexp = LOCAL_TIME) String endsAt, MeetingFormat format,
                    @Nullable @Size(max = 500) String place) {
    }

    /** An item proposed for the agenda, and by whom. */
    @Schema(name = "AgendaItemProposal", additionalProperties = FALSE)
    record AgendaProposal(@Size(max = 300) String title, @Size(max = 200) String proposedBy) {
    }

    /** The meeting held, with the names of those present. */
    @Schema(name = "Attendance", additionalProperties = FALSE)
    record Attendance(@Size(min = 1) List<String> present) {
    }

    /**
     * A decision: the motion and the votes (abstentions 0 when absent); the body's decision rule gives the
     * outcome.
     *
     * @param agendaItem the number of the agenda item it decides, if any
     */
    @Schema(name = "DecisionRecord", additionalProperties = FALSE)
    record Decision(@Size(max = 1000) String motion, @Min(0) int yes, @Min(0) int no, @Nullable @Min(0) Integer abstain,
                    @Nullable @Min(1) Integer agendaItem) {
    }

    /** The minutes, and the day they were approved (not yet when absent). */
    @Schema(name = "MinutesRecord", additionalProperties = FALSE)
    record Minutes(@Size(max = 100_000) String text, @Nullable LocalDate approvedOn) {
    }
}
