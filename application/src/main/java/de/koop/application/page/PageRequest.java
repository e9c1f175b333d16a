package de.koop.application.page;

import de.koop.domain.shared.InvalidValueException;

/** One page of a list: zero-based page number and page size (1 to {@value #MAX_SIZE}). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "darf nicht negativ sein");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "muss zwischen 1 und " + MAX_SIZE + " liegen");
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
