package de.koop.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    private static int longestLineInOctets(String text) {
        return Arrays.stream(text.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max()
                .orElse(0);
    }

    @Test
    void foldsALineWithUmlautsAt75OctetsNotCharacters() {
        String location = "LOCATION:Großer Saal der Begegnungsstätte „Am Grünen Weg“\\, Bürgerhaus Grünau\\, Ärztehaus";

        String folded = ContentLines.fold("BEGIN:VEVENT\r\n" + location + "\r\nEND:VEVENT\r\n");

        assertThat(longestLineInOctets(folded)).isLessThanOrEqualTo(75);
        assertThat(folded).contains("\r\n ").endsWith("END:VEVENT\r\n");
        assertThat(ContentLines.unfold(folded)).isEqualTo("BEGIN:VEVENT\r\n" + location + "\r\nEND:VEVENT\r\n");
        assertThat(ContentLines.fold("SUMMARY:kurz\r\n")).isEqualTo("SUMMARY:kurz\r\n");
    }

    /** Text of one, two, three and four octets a character, the last a pair of UTF-16 units. */
    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("a", "Z", " ", ";", "\\,", "ä", "ß", "„", "€", "😀").list().ofMaxSize(200)
                .map(parts -> String.join("", parts));
    }

    @Property
    void foldingKeepsTheTextAndNoLineIsLongerThan75Octets(@ForAll("lines") String line) {
        String folded = ContentLines.fold("X:" + line);

        assertThat(longestLineInOctets(folded)).isLessThanOrEqualTo(75);
        assertThat(ContentLines.unfold(folded)).isEqualTo("X:" + line);
    }
}
