package de.koop.application.port.in;

import de.koop.application.access.Permission;
import de.koop.application.usecase.Command;
import de.koop.domain.network.Network;

/** Renames a network (its name and short name). */
public interface RenameNetworkUseCase {

    /**
     * @throws NotFoundException when the network does not exist
     * @throws de.koop.application.port.VersionConflictException when the network changed since {@code expectedVersion}
     */
    @Command(Permission.COORDINATE)
    Network rename(RenameNetworkCommand command);
}
