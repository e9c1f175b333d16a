package de.koop.application.page;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A page of a list in a stable order, with the total the list has across all pages. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
        if (totalItems < 0) {
            throw new IllegalArgumentException("totalItems < 0");
        }
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
