package org.sosqa.examples.embedding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented cases in the vendor's tables, for the runnable example and the tests: seeded, so the same
 * seed gives the same rows. Statements come from a small pool written as workers write, some in the
 * family's words and some in labels and jargon. The families, children and workers are invented.
 *
 * <p>Two cases are deliberately bad, so the job has something to report: in {@code C-0013} the second
 * danger statement of version 2 is blank and the first plan rule names a person who is not on the case
 * ({@code p-nobody}); {@code C-0031} has the unknown service-stage code {@code CPP} and a child with
 * neither a year of birth nor an age.
 */
final class VendorSeed {
    static final List<String> DANGERS = List.of(
            "Amy's teacher and the social worker are worried that when Dad has been drinking he shouts and pushes Mum, "
                    + "so that Amy could be hurt or frightened at home.",
            "The health visitor and Nana are worried that when Mum feels very low she stays in bed and Leo is not fed or "
                    + "changed for hours, so Leo could become poorly and lose weight.",
            "Concerns around DV and parental substance misuse impacting on the children.",
            "Risk of neglect due to mum's mental health.",
            "Children's social care is worried that Dad leaves the children alone in the flat at night, and they could be "
                    + "hurt in a fire or an accident.",
            "Mum lacks insight and is not engaging with services.");
    static final List<String> GOALS = List.of(
            "Amy will live with a sober grown-up who sorts out problems by talking, and Nana and the school will see this "
                    + "every week for six months.",
            "Leo will be fed, changed and cuddled every few hours, every day, and the health visitor will see him gaining "
                    + "weight at every visit for the next six months.",
            "Mum and Dad will engage with services and stop using substances.",
            "Mum will attend all appointments.",
            "A grown-up the children know will always be with them at night, and Nana will check this every week for "
                    + "three months.",
            "Mum will no longer fail to engage.");
    static final List<String> HARMS = List.of(
            "On 3 March Amy's teacher saw bruises on Amy's arm; Amy said Dad pushed her into the wall.",
            "Leo was taken to hospital in January because he had lost weight.",
            "History of DV.");
    private static final String[] STAGES = {"CIN", "CP", "CP", "LAC", "EH"};
    private static final String[] TEAMS = {"team-north", "team-south", "team-east", "team-west"};
    private static final LocalDate FIRST_OPENED = LocalDate.of(2025, 1, 6);
    private static final LocalDateTime FIRST_UPDATE = LocalDateTime.of(2026, 11, 1, 0, 0);

    private final Connection connection;
    private final String marker;
    // In first-use order, so parent rows are inserted before the rows that refer to them.
    private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
    private long eventId = 1;

    private VendorSeed(Connection connection, String marker) {
        this.connection = connection;
        this.marker = marker;
    }

    /**
     * Inserts cases {@code C-0001} to {@code C-nnnn}.
     *
     * @param connection a database with the vendor's tables
     * @param count how many cases, at least 31 for both bad cases to exist
     * @param seed the random seed
     * @param marker appended to every free text (the log tests look for it); empty for none
     * @throws SQLException if an insert fails
     */
    static void insert(Connection connection, int count, long seed, String marker) throws SQLException {
        VendorSeed seeder = new VendorSeed(connection, marker);
        SplittableRandom random = new SplittableRandom(seed);
        try {
            for (int i = 1; i <= count; i++) {
                seeder.oneCase(i, random);
            }
            for (PreparedStatement statement : seeder.inserts.values()) {
                statement.executeBatch();
            }
        } finally {
            for (PreparedStatement statement : seeder.inserts.values()) {
                statement.close();
            }
        }
    }

    static String caseId(int i) {
        return String.format("C-%04d", i);
    }

    private void oneCase(int i, SplittableRandom random) throws SQLException {
        String id = caseId(i);
        LocalDate opened = FIRST_OPENED.plusDays(random.nextInt(300));
        boolean bad13 = i == 13;
        boolean bad31 = i == 31;
        row("cases", id, "org-example", TEAMS[random.nextInt(TEAMS.length)], "w-" + (1 + random.nextInt(12)),
                bad31 ? "CPP" : STAGES[random.nextInt(STAGES.length)], opened, null, FIRST_UPDATE.plusMinutes(i));
        row("children", id, "c-1", bad31 ? null : 2012 + random.nextInt(12), null, random.nextBoolean() ? "F" : "M", "WBRI");
        if (random.nextBoolean()) {
            row("children", id, "c-2", null, random.nextInt(4), "M", "WBRI");
        }
        row("people", id, "p-dad", "PARENT", "father");
        row("people", id, "p-hv", "PROFESSIONAL", "health visitor");
        row("people", id, "p-mum", "PARENT", "mother");
        row("people", id, "p-nana", "FAMILY", "maternal grandmother");
        int versions = i % 3 == 0 ? 1 : 2;
        for (int v = 1; v <= versions; v++) {
            assessment(id, v, v == versions, opened.plusDays(v == 1 ? 10 : 60), random, bad13 && v == 2);
        }
        row("events", eventId++, id, "REFERRAL", opened, "c-1");
        row("events", eventId++, id, "ASSESSMENT_START", opened.plusDays(1), "c-1");
    }

    private void assessment(String id, int v, boolean latest, LocalDate date, SplittableRandom random, boolean bad) throws SQLException {
        String ten = text("Everyone is confident the children are safe enough at home for social care to close the case.");
        String zero = text("The children cannot live at home until things change.");
        row("assessments", id, v, date, ten, zero, "AGREES", text("We want the children to be safe."));
        row("participants", id, v, 1, "WORKER", null);
        row("participants", id, v, 2, "PARENT", "p-mum");
        if (v > 1) {
            row("participants", id, v, 3, "NETWORK_MEMBER", "p-nana");
        }
        row("harm_statements", id, v, 1, text(HARMS.get(random.nextInt(HARMS.size()))));
        for (int position = 1; position <= 2; position++) {
            int pick = random.nextInt(DANGERS.size());
            boolean anchors = random.nextInt(4) != 0;
            row("danger_statements", id, v, position, bad && position == 2 ? "   " : text(DANGERS.get(pick)),
                    text(GOALS.get(pick)), random.nextBoolean() ? text("We want the children to be happy at home.") : null,
                    anchors ? ten : null, anchors ? zero : null, random.nextBoolean() ? "PARTLY" : "AGREES");
            row("scale_ratings", id, v, position, 1, "WORKER", null, 2 + random.nextInt(6), text("The plan is new."));
            row("scale_ratings", id, v, position, 2, "PARENT", "p-mum", 5 + random.nextInt(5), null);
        }
        row("scale_ratings", id, v, 0, 1, "WORKER", null, 3 + random.nextInt(5), text("The plan is working so far."));
        row("map_items", id, v, 1, "COMPLICATING", text("Dad lost his job and money is tight."), null, null, null);
        row("map_items", id, v, 2, "STRENGTH", text("Mum and Dad love the children and came to every meeting."), null, null, null);
        row("map_items", id, v, 3, "EXISTING_SAFETY", text("Last month Mum took the children to Nana's when Dad came home drunk."),
                1, null, null);
        row("map_items", id, v, 4, "NEXT_STEP", text("Nana will come round every morning before nine."), null, "Nana", date.plusDays(30));
        row("network_members", id, v, "p-nana", "checks on the children every morning", true);
        if (v > 1) {
            row("network_members", id, v, "p-hv", null, false);
        }
        if (latest) {
            row("safety_plans", id, v, date, date.plusDays(28), null);
            row("plan_rules", id, v, 1, text("When Dad has been drinking he will stay at Nana's until he is sober."),
                    bad ? "p-nana,p-nobody" : "p-nana", "1");
            row("plan_rules", id, v, 2, text("Mum will text Nana when she feels low, and Nana will come round."), "p-mum, p-nana", "1,2");
        }
    }

    private String text(String text) {
        return marker.isEmpty() ? text : text + " " + marker;
    }

    /** Adds a row to the table's batch insert, values in the table's column order. */
    private void row(String table, Object... values) throws SQLException {
        PreparedStatement statement = inserts.get(table);
        if (statement == null) {
            String sql = "INSERT INTO " + table + " VALUES (" + String.join(", ", java.util.Collections.nCopies(values.length, "?")) + ")";
            statement = connection.prepareStatement(sql);
            inserts.put(table, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }
}
