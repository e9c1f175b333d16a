package de.koop.application.port.in;

import de.koop.application.usecase.NetworkScoped;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.Required;
import de.koop.domain.shared.Text;

/**
 * A new name and short name for a network, with the version the coordinator last saw, so that a
 * rename based on stale data is refused.
 */
public record RenameNetworkCommand(NetworkId networkId, long expectedVersion, String name, String shortName)
        implements NetworkScoped {

    public RenameNetworkCommand {
        Required.present(networkId, "networkId");
        name = Text.required(name, "name", 200);
    }
}
