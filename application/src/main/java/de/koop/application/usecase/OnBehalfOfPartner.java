package de.koop.application.usecase;

import de.koop.domain.shared.PartnerId;
import java.util.Optional;

/**
 * A command a member may send only for the partner it acts for
 * ({@link de.koop.application.access.Permission#DECLARE_OWN_READINESS}).
 */
public interface OnBehalfOfPartner {

    /** The partner the command is for; empty if it names none. */
    Optional<PartnerId> onBehalfOf();
}
