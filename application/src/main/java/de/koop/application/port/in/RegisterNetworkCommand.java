package de.koop.application.port.in;

import de.koop.domain.network.Admission;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.Text;

/** What a coordinator enters to register a network. */
public record RegisterNetworkCommand(String name, String shortName, String region, String goals, Admission admission) {

    public RegisterNetworkCommand {
        name = Text.required(name, "name", 200);
        region = Text.required(region, "region", 200);
        if (admission == null) {
            throw new InvalidValueException("admission", "muss angegeben werden (OPEN oder CLOSED)");
        }
    }
}
