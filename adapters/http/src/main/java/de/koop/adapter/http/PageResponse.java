package de.koop.adapter.http;

import io.swagger.v3.oas.annotations.media.Schema;
import de.koop.application.page.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    /**
     * The shape of a page of partners, for the OpenAPI document only: that route answers with kept JSON
     * ({@link StampedAnswers}), so its type cannot say what the page holds.
     */
    @Schema(name = "PartnerPage", description = "Eine Seite Partner.")
    record PartnerPage(List<PartnerResponse> items, int page, int size, long totalItems, long totalPages) {
    }

    static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> toResponse) {
        return new PageResponse<>(page.items().stream().map(toResponse).toList(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }
}
