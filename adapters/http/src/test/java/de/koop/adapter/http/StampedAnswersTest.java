package de.koop.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A client's If-None-Match, as browsers and proxies send it, matches the ETag of an unchanged answer. */
class StampedAnswersTest {

    private static final String ETAG = "\"7-1a2b\"";

    @Test
    void aTagMatchesAloneInAListWeakOrAsAStar() {
        assertThat(StampedAnswers.matches(ETAG, ETAG)).isTrue();
        assertThat(StampedAnswers.matches("\"6-1a2b\", " + ETAG, ETAG)).isTrue();
        assertThat(StampedAnswers.matches("W/" + ETAG, ETAG)).isTrue();
        assertThat(StampedAnswers.matches("*", ETAG)).isTrue();
    }

    @Test
    void anOlderStampDoesNotMatch() {
        assertThat(StampedAnswers.matches("\"6-1a2b\"", ETAG)).isFalse();
        assertThat(StampedAnswers.matches("", ETAG)).isFalse();
    }
}
