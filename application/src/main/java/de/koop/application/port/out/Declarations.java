package de.koop.application.port.out;

import de.koop.application.change.Change.Kind;
import de.koop.application.change.Reads;
import de.koop.application.change.Writes;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import java.util.List;
import java.util.Optional;

/**
 * The append-only record of declarations. Implementations must pass {@code DeclarationsContract}
 * from the application test-jar: nothing recorded is ever changed or removed.
 */
public interface Declarations {

    /**
     * Records a declaration.
     *
     * @throws IllegalStateException when a declaration with the same id was recorded already
     */
    @Writes(Kind.DECLARATION)
    Declaration append(Declaration declaration);

    @Reads
    Optional<Declaration> findById(DeclarationId id);

    /**
     * Replaces a recorded declaration by its redacted form (GDPR erasure); declarations are otherwise
     * never changed.
     *
     * @throws IllegalStateException when it was never recorded, or the act itself would change
     */
    @Writes(Kind.DECLARATION)
    void replaceRedacted(Declaration redacted);

    /** The accessions and terminations under an agreement, in the order they were received and recorded. */
    @Reads
    List<Declaration> listByAgreement(AgreementId agreementId);

    /** A network's declarations of every kind, in the order they were received and recorded, then by id. */
    @Reads
    Page<Declaration> page(NetworkId networkId, PageRequest request);
}
