package de.koop.adapter.persistence.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** The rows an agreement's lists are stored in; each id is the agreement's id plus a position. */
final class AgreementChildRows {

    private AgreementChildRows() {
    }

    @MappedEntity("agreement_party")
    record PartyRow(@Id String id, String agreementId, int position, String partnerId) {
    }

    @MappedEntity("agreement_annex")
    record AnnexRow(@Id String id, String agreementId, int position, String title, @Nullable String reference) {
    }

    @MappedEntity("agreement_version")
    record VersionRow(@Id String id, String agreementId, int number, @Nullable Integer supersedes, String state,
                      LocalDate proposedOn, @Nullable LocalDate concludedOn, @Nullable LocalDate effectiveOn,
                      @Nullable String textReference, @Nullable String summary) {
    }

    @MappedEntity("agreement_consent")
    record ConsentRow(@Id String id, String agreementId, int versionNumber, int position, String partnerId,
                      LocalDate consentedOn) {
    }

    @MappedEntity("agreement_review")
    record ReviewRow(@Id String id, String agreementId, int position, LocalDate heldOn, boolean changeNeeded,
                     @Nullable String note) {
    }
}
