package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Query;
import de.koop.domain.agreement.TerminationRule;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a termination would come to if it were recorded now, without recording it: the day it takes effect
 * and the rule that gives that day (rules 2 and 3), decided by the same domain code as
 * {@link RecordDeclarationUseCase#recordTermination}, so that a coordinator sees before confirming what
 * the recorded termination will say.
 */
public interface TerminationPreviewQuery {

    /**
     * A termination as it would be recorded.
     *
     * @param effectiveOn    the last day the partner would be bound
     * @param rule           the agreement's termination rule that gives that day
     * @param requestDecides whether the later day the partner asked for, rather than the day of receipt, set it
     * @param successorDueBy when the agreement obliges the parties to conclude a successor: by when
     */
    record TerminationPreview(LocalDate receivedOn, Optional<LocalDate> requestedOn, LocalDate effectiveOn,
                              TerminationRule rule, boolean requestDecides, Optional<LocalDate> successorDueBy) {

        public TerminationPreview {
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(requestedOn, "requestedOn");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(successorDueBy, "successorDueBy");
        }
    }

    /**
     * Refuses what {@link RecordDeclarationUseCase#recordTermination} would refuse, with the same refusals:
     * an agreement without ordinary termination, a partner not bound or already terminated, a day of receipt
     * in the future or before the agreement took effect, a requested day before the receipt.
     *
     * @throws NotFoundException when the network, agreement or partner does not exist in that network
     */
    @Query(Permission.COORDINATE)
    TerminationPreview preview(RecordDeclarationUseCase.TerminationCommand command);
}
