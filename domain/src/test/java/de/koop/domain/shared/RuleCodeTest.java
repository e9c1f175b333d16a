package de.koop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule codes clients receive are unique, kebab-case, and each one is explained in the README. */
class RuleCodeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String TABLE_HEADER = "| `code` | When | Bedeutung |";

    private static List<String> codes() {
        return Arrays.stream(RuleCode.values()).map(RuleCode::code).toList();
    }

    @Test
    void everyCodeIsUnique() {
        assertThat(codes()).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeIsKebabCase() {
        assertThat(codes()).allSatisfy(code -> assertThat(code).matches("[a-z]+(-[a-z]+)+"));
    }

    @Test
    void theReadmeListsEveryCodeOnceAndNoOther() throws IOException {
        List<String> listed = listedInReadme();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codes());
    }

    @Test
    void aViolationCarriesItsRule() {
        RuleViolationException e = new RuleViolationException(RuleCode.BODY_NAME_TAKEN, "Gibt es schon.");

        assertThat(e.rule()).isEqualTo(RuleCode.BODY_NAME_TAKEN);
        assertThat(e.rule().code()).isEqualTo("body-name-taken");
        assertThat(e).hasMessage("Gibt es schon.");
    }

    /** The codes in the first column of the README's table of rule codes. */
    private static List<String> listedInReadme() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int header = lines.indexOf(TABLE_HEADER);
        assertThat(header).as("the README has a table headed %s", TABLE_HEADER).isNotNegative();
        Pattern code = Pattern.compile("`([^`]+)`");
        List<String> listed = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            Matcher m = code.matcher(line.split("\\|")[1]);
            while (m.find()) {
                listed.add(m.group(1));
            }
        }
        return listed;
    }
}
