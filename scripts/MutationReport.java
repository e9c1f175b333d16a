import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Summarises PIT's mutations.xml of the store modules per store: writes benchmarks/mutation.md (every
 * store's mutants and the share killed, and each surviving mutant) and appends one row per module to the
 * table at the end of BENCHMARKS.md. Run by ./koop bench mutation, as
 * {@code java scripts/MutationReport.java <label>=<mutations.xml> ...}.
 */
public class MutationReport {

    /** Which store a class belongs to: by the aggregate or port its name begins with. */
    private static final List<String[]> STORES = List.of(
            new String[] {"NetworkStamp", "NetworkStamps"}, new String[] {"Network", "Networks"},
            new String[] {"PartnerContact", "Partners"}, new String[] {"Partner", "Partners"},
            new String[] {"Agreement", "Agreements"}, new String[] {"Declaration", "Declarations"},
            new String[] {"Body", "Bodies"}, new String[] {"Bodies", "Bodies"}, new String[] {"Meeting", "Meetings"},
            new String[] {"Obligation", "Obligations"}, new String[] {"Outbox", "Outbox"},
            new String[] {"RecordDates", "RecordDates"}, new String[] {"ReminderWakeup", "ReminderWakeups"},
            new String[] {"User", "Users"}, new String[] {"RefreshToken", "RefreshTokens"},
            new String[] {"AuditEntry", "AuditTrail"}, new String[] {"AuditTrail", "AuditTrail"});

    private static final Pattern PREFIX = Pattern.compile("^(InMemory|Jdbc)");

    record Mutant(String store, String className, String method, int line, String status, boolean detected,
                  String description) {
    }

    record Tally(int mutants, int killed) {
        Tally plus(boolean detected) {
            return new Tally(mutants + 1, killed + (detected ? 1 : 0));
        }

        String percent() {
            return mutants == 0 ? "–" : Math.round(100.0 * killed / mutants) + " %";
        }
    }

    public static void main(String[] args) throws Exception {
        String when = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder page = new StringBuilder("# Mutation testing of the stores\n\n")
                .append("Written by `./koop bench mutation` on ").append(when).append(": PIT's mutants of each store,")
                .append(" and the share the out-port contracts kill, run alone (the JDBC stores on H2).")
                .append(" BENCHMARKS.md says what the survivors are.\n");
        List<String> rows = new ArrayList<>();
        for (String arg : args) {
            String label = arg.substring(0, arg.indexOf('='));
            List<Mutant> mutants = read(Path.of(arg.substring(arg.indexOf('=') + 1)));
            Map<String, Tally> perStore = new TreeMap<>();
            Tally total = new Tally(0, 0);
            for (Mutant m : mutants) {
                perStore.merge(m.store(), new Tally(0, 0).plus(m.detected()), (a, b) -> new Tally(a.mutants() + b.mutants(),
                        a.killed() + b.killed()));
                total = total.plus(m.detected());
            }
            page.append("\n## ").append(label).append(": ").append(total.mutants()).append(" mutants, ")
                    .append(total.percent()).append(" killed\n\n| store | mutants | killed |\n|---|---|---|\n");
            StringBuilder inRow = new StringBuilder();
            for (Map.Entry<String, Tally> e : perStore.entrySet()) {
                page.append("| ").append(e.getKey()).append(" | ").append(e.getValue().mutants()).append(" | ")
                        .append(e.getValue().percent()).append(" |\n");
                inRow.append(inRow.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().percent());
            }
            page.append("\nSurvivors:\n\n");
            mutants.stream().filter(m -> !m.detected()).forEach(m -> page.append("- ").append(m.store()).append(": `")
                    .append(m.className()).append('.').append(m.method()).append("` line ").append(m.line()).append(", ")
                    .append(m.description()).append(" (").append(m.status()).append(")\n"));
            rows.add("| " + when + " | mutation testing, " + label + " | " + total.mutants() + " mutants, "
                    + total.percent() + " killed (" + inRow + ") | – | 2 cores | PIT, " + Runtime.version().feature() + " |");
        }
        Files.createDirectories(Path.of("benchmarks"));
        Files.writeString(Path.of("benchmarks/mutation.md"), page);
        Files.write(Path.of("BENCHMARKS.md"), rows, StandardOpenOption.APPEND);
        rows.forEach(System.out::println);
    }

    private static List<Mutant> read(Path xml) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getElementsByTagName("mutation");
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String className = text(e, "mutatedClass").substring(text(e, "mutatedClass").lastIndexOf('.') + 1);
            mutants.add(new Mutant(store(className), className, text(e, "mutatedMethod"),
                    Integer.parseInt(text(e, "lineNumber")), e.getAttribute("status"),
                    Boolean.parseBoolean(e.getAttribute("detected")), text(e, "description").replaceAll(" for [a-z]+/.*", "")));
        }
        return mutants;
    }

    private static String store(String className) {
        Matcher prefix = PREFIX.matcher(className);
        String name = prefix.replaceFirst("");
        for (String[] store : STORES) {
            if (name.startsWith(store[0])) {
                return store[1];
            }
        }
        return "shared (" + className.replaceAll("\\$.*", "") + ")";
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent();
    }
}
