package de.koop.adapter.persistence.inmemory;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.out.Declarations;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Termination;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/** {@link Declarations} in memory: append-only, like the real store. Declarations are immutable records. */
public final class InMemoryDeclarations implements Declarations {

    private static final Comparator<Declaration> RECEIVED = Comparator.comparing(Declaration::receivedOn)
            .thenComparing(Declaration::recordedAt).thenComparing(d -> d.id().toString());

    private final ConcurrentMap<DeclarationId, Declaration> byId = new ConcurrentHashMap<>();

    @Override
    public Declaration append(Declaration declaration) {
        InMemoryTransactions.beforeWriting(byId, declaration.id());
        if (byId.putIfAbsent(declaration.id(), declaration) != null) {
            throw new IllegalStateException("declaration " + declaration.id() + " was recorded already");
        }
        return declaration;
    }

    @Override
    public void replaceRedacted(Declaration redacted) {
        Declaration stored = byId.get(redacted.id());
        if (stored == null || stored.getClass() != redacted.getClass()) {
            throw new IllegalStateException("declaration " + redacted.id() + " was never recorded as such");
        }
        InMemoryTransactions.beforeWriting(byId, redacted.id());
        byId.put(redacted.id(), redacted);
    }

    @Override
    public Optional<Declaration> findById(DeclarationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Declaration> listByAgreement(AgreementId agreementId) {
        return sorted(d -> agreementOf(d).filter(agreementId::equals).isPresent());
    }

    @Override
    public Page<Declaration> page(NetworkId networkId, PageRequest request) {
        List<Declaration> all = sorted(d -> d.networkId().equals(networkId));
        return Page.of(all.stream().skip(request.offset()).limit(request.size()).toList(), request, all.size());
    }

    /** Forgets every declaration. */
    public void clear() {
        byId.clear();
    }

    private List<Declaration> sorted(Predicate<Declaration> filter) {
        return byId.values().stream().filter(filter).sorted(RECEIVED).toList();
    }

    private static Optional<AgreementId> agreementOf(Declaration declaration) {
        return switch (declaration) {
            case Accession a -> Optional.of(a.agreementId());
            case Termination t -> Optional.of(t.agreementId());
            default -> Optional.empty();
        };
    }
}
