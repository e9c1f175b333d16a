package de.koop.application.port.in;

import de.koop.application.page.Page;
import de.koop.domain.partner.DirectoryEntry;
import de.koop.domain.shared.NetworkId;
import java.util.Optional;

/** The public face of a network: its name and the partners that consented to be shown. */
public record PublicDirectory(NetworkId networkId, String networkName, Optional<String> shortName, String region,
                              Page<DirectoryEntry> entries) {
}
