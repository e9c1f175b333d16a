package de.koop.adapter.persistence.jdbc;

import de.koop.application.page.PageRequest;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

/** The one order every list is read in: by folded name, then by id, so that pages never overlap. */
final class Paging {

    private static final Sort BY_NAME = Sort.of(Sort.Order.asc("sortName"), Sort.Order.asc("id"));

    private Paging() {
    }

    static Pageable byName(PageRequest request) {
        return Pageable.from(request.page(), request.size(), BY_NAME);
    }
}
