package de.koop.application.usecase;

import de.koop.domain.shared.NetworkId;

/**
 * A command that acts in one network, which decides who may send it: the argument from which
 * {@link UseCaseBoundary} takes the network of a network-scoped permission.
 */
public interface NetworkScoped {

    NetworkId networkId();
}
