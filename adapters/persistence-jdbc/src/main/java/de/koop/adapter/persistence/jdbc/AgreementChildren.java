package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.AgreementChildRows.AnnexRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ConsentRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.PartyRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ReviewRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.VersionRow;
import java.util.List;

/** The child rows of one or more agreements, read together so that a list costs a fixed number of queries. */
record AgreementChildren(List<PartyRow> parties, List<AnnexRow> annexes, List<VersionRow> versions,
                         List<ConsentRow> consents, List<ReviewRow> reviews) {

    /** Only the rows of one agreement, in their stored order. */
    AgreementChildren of(String agreementId) {
        return new AgreementChildren(
                parties.stream().filter(r -> r.agreementId().equals(agreementId)).toList(),
                annexes.stream().filter(r -> r.agreementId().equals(agreementId)).toList(),
                versions.stream().filter(r -> r.agreementId().equals(agreementId)).toList(),
                consents.stream().filter(r -> r.agreementId().equals(agreementId)).toList(),
                reviews.stream().filter(r -> r.agreementId().equals(agreementId)).toList());
    }
}
