package de.koop.bootstrap.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a state-wide dataset for the benchmarks in BENCHMARKS.md: at scale 1, 10,000
 * networks, 200,000 partners (each with a contact), 100,000 agreements (half of them for a fixed term
 * that is reviewed) each with a yearly obligation, 100,000 bodies with 1,000,000 seats and 500,000
 * meetings; every agreement, obligation and body due for the first reminder sweep. Reproducible: the same seed gives the same rows. Fast: batched inserts in
 * large transactions, checks off while loading. It empties the koop tables first (TRUNCATE, with the foreign key checks off).
 *
 * <p>{@code java -cp bootstrap/target/koop.jar de.koop.bootstrap.tools.DataGenerator <jdbc-url> <user>
 * <password> [scale] [seed]}; {@code ./koop generate} runs it against the local MariaDB.
 */
public final class DataGenerator {

    private static final int BATCH = 5_000;
    private static final String[] CATEGORIES = {"CITY_ADMINISTRATION", "COST_BEARER", "SERVICE_PROVIDER",
            "MEDICAL_SERVICE", "HOSPITAL", "EVERYDAY_SUPPORT", "HOSPICE", "SELF_HELP", "OTHER"};
    private static final String[] KINDS = {"CONFERENCE", "STEERING_GROUP", "WORKING_GROUP", "WORKING_GROUP",
            "WORKING_GROUP", "WORKING_GROUP", "SUB_NETWORK", "WORKING_GROUP", "WORKING_GROUP", "WORKING_GROUP"};
    private static final String[] CITIES = {"Leipzig", "Dresden", "Chemnitz", "Zwickau", "Plauen", "Görlitz",
            "Bautzen", "Freiberg", "Pirna", "Meißen", "Torgau", "Delitzsch"};

    private final Random random;
    private final double scale;

    private DataGenerator(double scale, long seed) {
        this.scale = scale;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: DataGenerator <jdbc-url> <user> <password> [scale, 1 = 10,000 networks] [seed]");
            System.exit(2);
        }
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 0.1;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 2026L;
        Flyway.configure().dataSource(args[0], args[1], args[2]).locations("classpath:db/migration").load().migrate();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            new DataGenerator(scale, seed).fill(connection);
        }
        System.out.printf(Locale.ROOT, "generated scale %s (seed %d) in %.1f s%n", args.length > 3 ? args[3] : "0.1",
                seed, (System.nanoTime() - start) / 1e9);
    }

    private UUID uuid() {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }

    private void fill(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            statement.execute("SET UNIQUE_CHECKS = 0");
            for (String table : List.of("network_stamp", "reminder_wakeup", "audit_entry", "record_dates", "outbox", "obligation_fulfilment", "obligation",
                    "meeting_decision", "meeting_agenda_item", "meeting_invitee", "meeting", "body_seat", "body",
                    "declaration", "agreement_review", "agreement_consent", "agreement_version", "agreement_annex",
                    "agreement_party", "agreement", "partner_contact", "partner", "network")) {
                statement.execute("TRUNCATE TABLE " + table); // far faster than DELETE on millions of rows
            }
        }
        int networks = Math.max(1, (int) Math.round(10_000 * scale));
        Rows network = new Rows(connection, "INSERT INTO network (id, name, sort_name, short_name, region, goals,"
                + " admission, coordinator_partner_id, coordinator_contact_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        Rows partner = new Rows(connection, "INSERT INTO partner (id, network_id, name, sort_name, category, street,"
                + " postal_code, city, logo_consent, logo_consent_since, contacts_consent, contacts_consent_since,"
                + " published, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        Rows contact = new Rows(connection, "INSERT INTO partner_contact (id, partner_id, position, name, function,"
                + " phone, email) VALUES (?, ?, 0, ?, ?, ?, ?)");
        Rows agreement = new Rows(connection, "INSERT INTO agreement (id, network_id, kind, title, sort_title,"
                + " term_kind, term_years, term_start, review_months_before, renewal, termination_kind, written_form,"
                + " successor_required, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ANY_TIME', 1, 0, 0)");
        Rows obligation = new Rows(connection, "INSERT INTO obligation (id, network_id, agreement_id, title, sort_title,"
                + " responsible_partner_id, recipient_partner_id, rule_kind, rule_reference_day, rule_due_day,"
                + " rule_years_after, starts_on, reminder_days_before, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'FOR_REFERENCE_DATE', '12-31', ?, 1, ?, 14, 0)");
        Rows party = new Rows(connection, "INSERT INTO agreement_party (id, agreement_id, position, partner_id)"
                + " VALUES (?, ?, ?, ?)");
        Rows version = new Rows(connection, "INSERT INTO agreement_version (id, agreement_id, number, state,"
                + " proposed_on, concluded_on, effective_on) VALUES (?, ?, 1, 'CONCLUDED', ?, ?, ?)");
        Rows body = new Rows(connection, "INSERT INTO body (id, network_id, kind, name, sort_name, parent_id,"
                + " established_on, formats, minutes_required, decision_kind, cadence_kind, cadence_times,"
                + " cadence_frequency, speaker_ex_officio, member_from_each_child, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'IN_PERSON,VIRTUAL', 1, 'CONSENSUS', 'TIMES_A_YEAR', 4, 'ABOUT', 0, 0, 0)");
        Rows seat = new Rows(connection, "INSERT INTO body_seat (id, body_id, position, holder_name, person_id,"
                + " on_behalf_of, role, basis, from_date, until_date) VALUES (?, ?, ?, ?, ?, ?, 'MEMBER', 'APPOINTED', ?, ?)");
        Rows meeting = new Rows(connection, "INSERT INTO meeting (id, network_id, body_id, number, starts_at, ends_at,"
                + " format, place, state, version) VALUES (?, ?, ?, ?, ?, ?, 'IN_PERSON', ?, ?, 0)");
        int partnersPerNetwork = 20;
        for (int n = 0; n < networks; n++) {
            String networkId = uuid().toString();
            String city = CITIES[random.nextInt(CITIES.length)];
            String name = "Kooperationsnetzwerk " + city + " " + (n + 1);
            List<String[]> partners = new ArrayList<>();
            for (int p = 0; p < partnersPerNetwork; p++) {
                String partnerId = uuid().toString();
                String personId = uuid().toString();
                boolean consents = random.nextInt(3) > 0;
                String partnerName = "Partner " + (p + 1) + " " + city + " " + (n + 1);
                partner.add(partnerId, networkId, partnerName, partnerName.toLowerCase(Locale.ROOT),
                        CATEGORIES[random.nextInt(CATEGORIES.length)], "Hauptstraße " + (p + 1),
                        String.format(Locale.ROOT, "%05d", 1000 + random.nextInt(98_000)), city,
                        consents ? "GIVEN" : "NOT_GIVEN", consents ? LocalDate.of(2024, 1, 15) : null,
                        consents ? "GIVEN" : "NOT_GIVEN", consents ? LocalDate.of(2024, 1, 15) : null, consents);
                contact.add(personId, partnerId, "Kontakt " + (p + 1) + "-" + (n + 1), "Koordination",
                        "0341 " + (100_000 + random.nextInt(800_000)), "kontakt" + p + "." + n + "@netz.example");
                partners.add(new String[] {partnerId, personId});
            }
            // the first partner coordinates, through its contact
            network.add(networkId, name, name.toLowerCase(Locale.ROOT), "KN" + (n + 1), "Landkreis " + city,
                    "Vernetzung der Pflege und Teilhabe", n % 5 == 0 ? "CLOSED" : "OPEN", partners.get(0)[0],
                    partners.get(0)[1]);
            for (int a = 0; a < 10; a++) {
                String agreementId = uuid().toString();
                String title = (a == 0 ? "Rahmenvereinbarung " : "Kooperationsvereinbarung " + a + " ") + name;
                // half of them run five years from the end of their first year and are reviewed six months before
                boolean fixed = a % 2 == 0;
                agreement.add(agreementId, networkId, a == 0 ? "FRAMEWORK_AGREEMENT" : "COOPERATION_AGREEMENT", title,
                        title.toLowerCase(Locale.ROOT), fixed ? "FIXED" : "UNLIMITED", fixed ? 5 : null,
                        fixed ? "END_OF_EFFECTIVE_YEAR" : null, fixed ? 6 : null,
                        fixed ? "RENEW_UNLESS_CHANGE_NEEDED" : null);
                // each binds its first party to a yearly delivery for the end of the year, due in spring
                String obligationTitle = "Jahresbericht " + (a + 1);
                obligation.add(uuid().toString(), networkId, agreementId, obligationTitle,
                        obligationTitle.toLowerCase(Locale.ROOT), partners.get(a % partners.size())[0],
                        partners.get((a + 1) % partners.size())[0],
                        String.format(Locale.ROOT, "%02d-%02d", 3 + random.nextInt(4), 1 + random.nextInt(28)),
                        LocalDate.of(2024, 1, 1));
                for (int position = 0; position < 2; position++) {
                    party.add(agreementId + ":" + position, agreementId, position,
                            partners.get((a + position) % partners.size())[0]);
                }
                LocalDate concluded = LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
                version.add(agreementId + ":1", agreementId, concluded, concluded, concluded);
            }
            String conference = null;
            for (int b = 0; b < 10; b++) {
                String bodyId = uuid().toString();
                String bodyName = (b == 0 ? "Netzwerkkonferenz" : b == 1 ? "Steuerungsgruppe" : "AG " + b);
                body.add(bodyId, networkId, KINDS[b], bodyName, bodyName.toLowerCase(Locale.ROOT),
                        b == 0 ? null : conference, LocalDate.of(2021, 2, 1));
                conference = b == 0 ? bodyId : conference;
                for (int s = 0; s < 10; s++) {
                    String[] holder = partners.get((b * 10 + s) % partners.size());
                    LocalDate from = LocalDate.of(2021 + random.nextInt(4), 1 + random.nextInt(12), 1);
                    seat.add(uuid().toString(), bodyId, s, "Mitglied " + s + " " + bodyName, holder[1], holder[0], from,
                            random.nextInt(4) == 0 ? from.plusYears(2) : null);
                }
                for (int m = 0; m < 5; m++) {
                    LocalDateTime starts = LocalDateTime.of(2024 + m / 3, 1 + (m * 3) % 12, 10 + random.nextInt(15), 14, 0);
                    meeting.add(uuid().toString(), networkId, bodyId, m + 1, starts, starts.plusHours(2),
                            "Rathaus " + city + ", Raum " + (100 + random.nextInt(200)), m < 3 ? "HELD" : "PLANNED");
                }
            }
        }
        for (Rows rows : List.of(network, partner, contact, agreement, obligation, party, version, body, seat, meeting)) {
            rows.finish();
        }
        try (Statement statement = connection.createStatement()) {
            // the first sweep looks at everything, as after the migration that brought the wakeups
            for (String[] subject : List.of(new String[] {"AGREEMENT", "agreement"},
                    new String[] {"OBLIGATION", "obligation"}, new String[] {"BODY", "body"})) {
                statement.execute("INSERT INTO reminder_wakeup (subject_id, kind, network_id, wake_on) SELECT id, '"
                        + subject[0] + "', network_id, DATE '1970-01-01' FROM " + subject[1]);
            }
            statement.execute("SET UNIQUE_CHECKS = 1");
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        connection.commit();
    }

    /** One table's insert, batched and committed every few thousand rows. */
    private static final class Rows {
        private final Connection connection;
        private final PreparedStatement statement;
        private int pending;

        Rows(Connection connection, String sql) throws SQLException {
            this.connection = connection;
            this.statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                statement.setObject(i + 1, value instanceof LocalDate d ? java.sql.Date.valueOf(d)
                        : value instanceof LocalDateTime t ? java.sql.Timestamp.valueOf(t) : value);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            statement.executeBatch();
            connection.commit();
            pending = 0;
        }

        void finish() throws SQLException {
            if (pending > 0) {
                flush();
            }
            statement.close();
        }
    }
}
