package de.koop.domain.notification;

import java.nio.charset.StandardCharsets;

/**
 * The content lines of an iCalendar file (RFC 5545 3.1): no longer than 75 octets, a longer one folded
 * onto continuation lines that begin with a space. Counted in octets of UTF-8, so that a line with
 * umlauts is folded where a calendar program expects it, and never inside a character.
 */
public final class ContentLines {

    private static final int MAX_OCTETS = 75;
    private static final String BREAK = "\r\n";

    private ContentLines() {
    }

    /** The text with each line longer than 75 octets folded. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 40);
        String[] lines = text.split(BREAK, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                folded.append(BREAK);
            }
            String line = lines[i];
            int octets = 0;
            for (int offset = 0; offset < line.length(); ) {
                int codePoint = line.codePointAt(offset);
                int size = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    folded.append(BREAK).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                offset += Character.charCount(codePoint);
            }
        }
        return folded.toString();
    }

    /** The text with folded lines joined again. */
    public static String unfold(String text) {
        return text.replace(BREAK + " ", "").replace(BREAK + "\t", "");
    }
}
