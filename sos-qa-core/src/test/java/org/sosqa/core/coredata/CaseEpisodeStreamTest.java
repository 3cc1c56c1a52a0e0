package org.sosqa.core.coredata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.EventType;
import org.sosqa.core.ServiceStage;

/**
 * The streaming path ({@link CaseEpisodeStream}, {@link CinCensusReader#stream}, {@link IndicatorTally}) against
 * the in-memory one ({@link CaseEventEpisodes#from}, {@link CinCensusReader#read}, and the indicators as they
 * were computed before the tally, {@link ReferenceIndicators}).
 */
class CaseEpisodeStreamTest {

    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.englandAndWales();
    private static final List<CollectionYear> YEARS = List.of(new CollectionYear(2021), new CollectionYear(2022),
            new CollectionYear(2023), new CollectionYear(2024), new CollectionYear(2025), new CollectionYear(2026));
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final EventType[] TYPES = EventType.values();
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    private static String json(IndicatorReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    // ---- a seeded generator of cases that keeps the grouping contract ----

    /**
     * One family: children in a line, each child's cases consecutive. Walking the children in turn, each has
     * zero to two cases of its own (a re-referral is a new case), and most are joined to the next by a sibling
     * case naming both; events are random, so unpaired ends, duplicates and cases without events all occur.
     */
    private static List<CaseRecord> family(SplittableRandom r, int familyNo, int[] caseNo) {
        int size = 1 + r.nextInt(4);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            ids.add("f" + familyNo + "-" + k);
        }
        List<CaseRecord> cases = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            int own = r.nextInt(3);
            for (int j = 0; j < own; j++) {
                cases.add(someCase(r, caseNo[0]++, List.of(ids.get(k))));
            }
            if (k + 1 < size && r.nextInt(4) > 0) {
                cases.add(someCase(r, caseNo[0]++, List.of(ids.get(k), ids.get(k + 1))));
            }
        }
        if (cases.isEmpty()) {
            cases.add(someCase(r, caseNo[0]++, List.of(ids.get(0))));
        }
        return cases;
    }

    private static CaseRecord someCase(SplittableRandom r, int n, List<String> childIds) {
        List<Child> children = new ArrayList<>();
        for (String id : childIds) {
            children.add(new Child(id, 2008 + r.nextInt(15), null,
                    r.nextBoolean() ? Map.of("gender", r.nextBoolean() ? "1" : "2") : Map.of()));
        }
        LocalDate opened = FIRST.plusDays(r.nextInt(2600));
        List<CaseEvent> events = new ArrayList<>();
        int count = r.nextInt(14);
        for (int i = 0; i < count; i++) {
            // mostly a sensible order from the opening, sometimes anything: problems must stream alike
            EventType type = r.nextInt(5) == 0 ? TYPES[r.nextInt(TYPES.length)] : TYPES[Math.min(i, 10)];
            String child = r.nextInt(12) == 0 ? null : childIds.get(r.nextInt(childIds.size()));
            events.add(new CaseEvent(type, opened.plusDays(r.nextInt(40) * (long) i + r.nextInt(3)), child));
        }
        return new CaseRecord("case-" + n, "org", "team", "worker", ServiceStage.CHILD_PROTECTION, opened, null,
                children, List.of(), List.of(), events, List.of());
    }

    private static List<List<CaseRecord>> families(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] caseNo = {0};
        List<List<CaseRecord>> families = new ArrayList<>();
        int n = 1 + r.nextInt(25);
        for (int f = 0; f < n; f++) {
            families.add(family(r, f, caseNo));
        }
        Collections.shuffle(families, new java.util.Random(seed)); // any order of the groups keeps the contract
        return families;
    }

    private static IndicatorTally stream(List<CaseRecord> cases, List<CollectionYear> years) {
        IndicatorTally tally = new IndicatorTally(years, ENGLAND);
        CaseEpisodeStream stream = new CaseEpisodeStream(tally);
        cases.forEach(stream);
        stream.finish();
        return tally;
    }

    @Test
    void streamedAndMergedEqualsTheInMemoryComputationOverManySeeds() {
        int withProblems = 0;
        int withSecondReferrals = 0;
        for (long seed = 1; seed <= 300; seed++) {
            List<List<CaseRecord>> families = families(seed);
            List<CaseRecord> all = families.stream().flatMap(List::stream).toList();
            int cut = new SplittableRandom(seed * 31).nextInt(families.size() + 1);
            List<CaseRecord> first = families.subList(0, cut).stream().flatMap(List::stream).toList();
            List<CaseRecord> second = families.subList(cut, families.size()).stream().flatMap(List::stream).toList();

            IndicatorTally whole = stream(all, YEARS);
            IndicatorTally merged = stream(first, YEARS);
            merged.merge(stream(second, YEARS));

            CoreData inMemory = CaseEventEpisodes.from(all);
            withProblems += inMemory.problems().isEmpty() ? 0 : 1;
            withSecondReferrals += inMemory.children().stream().anyMatch(c -> c.referrals().size() > 1) ? 1 : 0;
            assertEquals(inMemory.children().size(), whole.children(), "seed " + seed);
            assertEquals(inMemory.children().size(), merged.children(), "seed " + seed);
            for (CollectionYear year : YEARS) {
                Long population = seed % 3 == 0 ? null : 1000L + seed;
                String expected = json(ReferenceIndicators.compute(inMemory, year, ENGLAND, population));
                assertEquals(expected, json(StatutoryIndicators.compute(inMemory, year, ENGLAND, population)),
                        "compute, seed " + seed + ", year " + year.endingYear());
                assertEquals(expected, json(whole.report(year, population)),
                        "one stream, seed " + seed + ", year " + year.endingYear());
                assertEquals(expected, json(merged.report(year, population)),
                        "two halves merged, seed " + seed + ", cut " + cut + ", year " + year.endingYear());
            }
        }
        assertTrue(withProblems > 100, "the generator must exercise problems: " + withProblems);
        assertTrue(withSecondReferrals > 100, "the generator must exercise re-referrals: " + withSecondReferrals);
    }

    @Test
    void streamedChildrenAndProblemsAreThoseOfTheInMemoryPathInOrder() {
        for (long seed = 1; seed <= 100; seed++) {
            List<CaseRecord> all = families(seed).stream().flatMap(List::stream).toList();
            List<ChildEpisodes> children = new ArrayList<>();
            List<DataProblem> problems = new ArrayList<>();
            CaseEpisodeStream stream = new CaseEpisodeStream(collector(children, problems));
            all.forEach(stream);
            stream.finish();
            CoreData inMemory = CaseEventEpisodes.from(all);
            assertEquals(inMemory.children(), children, "seed " + seed);
            assertEquals(inMemory.problems(), problems, "seed " + seed);
            assertEquals(0, stream.notGrouped());
        }
    }

    @Test
    void aChildWhoComesBackAfterTheGroupClosedIsReportedLeftOutAndNotCountedTwice() {
        CaseRecord a = oneChildCase("case-a", "x", "2023-05-01");
        CaseRecord b = oneChildCase("case-b", "y", "2023-06-01");
        // x again, after y's case closed x's group; z is new and is counted as usual
        CaseRecord c = new CaseRecord("case-c", "org", "team", "worker", ServiceStage.CHILD_IN_NEED, d("2023-07-01"),
                null, List.of(new Child("x", 2015, null, Map.of()), new Child("z", 2016, null, Map.of())), List.of(),
                List.of(), List.of(new CaseEvent(EventType.CLOSURE, d("2023-07-01"), null),
                        new CaseEvent(EventType.REFERRAL, d("2023-07-01"), "x"),
                        new CaseEvent(EventType.REFERRAL, d("2023-07-02"), "z"),
                        new CaseEvent(EventType.ASSESSMENT_START, d("2023-07-03"), "x")),
                List.of());
        IndicatorTally tally = new IndicatorTally(new CollectionYear(2024), ENGLAND);
        CaseEpisodeStream stream = new CaseEpisodeStream(tally);
        List.of(a, b, c).forEach(stream);
        stream.finish();

        // x, y and z once each; x's second referral is left out, so no re-referral
        assertEquals(3, stream.children());
        assertEquals(1, stream.notGrouped());
        IndicatorReport report = tally.report(new CollectionYear(2024), null);
        assertEquals(3, report.indicator("referrals").orElseThrow().numerator());
        assertEquals(0, report.indicator("rereferrals-12m").orElseThrow().numerator());
        assertEquals(1, report.problems().size());
        DataProblem p = report.problems().get(0);
        assertEquals("x", p.childId());
        assertEquals("case-c/events/1", p.location()); // x's first event in case-c
        assertEquals(RecordKind.CHILD, p.record());
        assertEquals(ProblemKind.NOT_GROUPED, p.kind());
        assertTrue(p.message().contains("(2)"), p.message()); // both of x's events in case-c
        assertEquals(List.of(new LeftOut(RecordKind.CHILD, ProblemKind.NOT_GROUPED, 1)), report.leftOut());
    }

    @Test
    void siblingAndReReferralCasesJoinOneGroupSoTheChildIsCountedWhole() {
        // x alone, then x with sibling y, then y's re-referral as a new case: one group {x, y}
        CaseRecord a = oneChildCase("case-a", "x", "2023-05-01");
        CaseRecord b = new CaseRecord("case-b", "org", "team", "worker", ServiceStage.CHILD_IN_NEED, d("2023-06-01"),
                null, List.of(new Child("x", 2015, null, Map.of()), new Child("y", 2016, null, Map.of())), List.of(),
                List.of(), List.of(new CaseEvent(EventType.REFERRAL, d("2023-06-01"), "x"),
                        new CaseEvent(EventType.REFERRAL, d("2023-06-01"), "y")), List.of());
        CaseRecord c = oneChildCase("case-c", "y", "2024-02-01");
        IndicatorTally tally = new IndicatorTally(new CollectionYear(2024), ENGLAND);
        CaseEpisodeStream stream = new CaseEpisodeStream(tally);
        List.of(a, b, c).forEach(stream);
        stream.finish();
        IndicatorReport report = tally.report(new CollectionYear(2024), null);
        // referrals: x 2023-05-01, x 2023-06-01 (re-referral), y 2023-06-01, y 2024-02-01 (re-referral)
        assertEquals(4, report.indicator("referrals").orElseThrow().numerator());
        assertEquals(2, report.indicator("rereferrals-12m").orElseThrow().numerator());
        assertEquals("50.0", report.indicator("rereferral-rate").orElseThrow().value().toPlainString());
        assertEquals(List.of(), report.problems());
        assertEquals(0, stream.notGrouped());
    }

    private static CaseRecord oneChildCase(String id, String child, String referral) {
        return new CaseRecord(id, "org", "team", "worker", ServiceStage.CHILD_IN_NEED, d(referral), null,
                List.of(new Child(child, 2015, null, Map.of())), List.of(), List.of(),
                List.of(new CaseEvent(EventType.REFERRAL, d(referral), child)), List.of());
    }

    @Test
    void oneTallyOfSeveralYearsHoldsTheHandWorkedFiguresOfEachYear() {
        // referrals 2022-05-01 (year 2023) and 2023-04-15 (year 2024); 2023-04-15 minus 12 months is 2022-04-15,
        // on or before 2022-05-01: the second is a re-referral. A plan from 2022-06-01 to 2023-06-01 ends in 2024.
        ChildEpisodes child = new ChildEpisodes("k", null,
                List.of(new Episodes.Referral(d("2022-05-01"), "a"), new Episodes.Referral(d("2023-04-15"), "b")),
                List.of(), List.of(),
                List.of(new Episodes.ProtectionPlan(d("2022-06-01"), d("2023-06-01"), null, "c")), List.of());
        IndicatorTally tally = new IndicatorTally(List.of(new CollectionYear(2024), new CollectionYear(2023)), ENGLAND);
        tally.child(child);
        assertEquals(List.of(new CollectionYear(2023), new CollectionYear(2024)), tally.years());
        IndicatorReport y2023 = tally.report(new CollectionYear(2023), null);
        IndicatorReport y2024 = tally.report(new CollectionYear(2024), null);
        assertEquals(1, y2023.indicator("referrals").orElseThrow().numerator());
        assertEquals(0, y2023.indicator("rereferrals-12m").orElseThrow().numerator());
        assertEquals(1, y2023.indicator("cpp-starts").orElseThrow().numerator());
        assertEquals(0, y2023.indicator("cpp-ended").orElseThrow().numerator());
        assertEquals(1, y2024.indicator("referrals").orElseThrow().numerator());
        assertEquals("100.0", y2024.indicator("rereferral-rate").orElseThrow().value().toPlainString());
        assertEquals(0, y2024.indicator("cpp-starts").orElseThrow().numerator());
        assertEquals(1, y2024.indicator("cpp-ended").orElseThrow().numerator());
        // 2022-06-01 plus 1 year is 2023-06-01: not before it, so "1 year to less than 2 years"
        assertEquals(1, y2024.indicator("cpp-duration-1y-to-2y").orElseThrow().numerator());
        for (CollectionYear year : tally.years()) {
            assertEquals(json(ReferenceIndicators.compute(new CoreData(List.of(child), List.of()), year, ENGLAND, null)),
                    json(tally.report(year, null)));
        }
        assertThrows(IllegalArgumentException.class, () -> tally.report(new CollectionYear(2025), null));
        assertThrows(IllegalArgumentException.class,
                () -> tally.merge(new IndicatorTally(new CollectionYear(2023), ENGLAND)));
    }

    // ---- census ----

    private static CoreDataSink collector(List<ChildEpisodes> children, List<DataProblem> problems) {
        return new CoreDataSink() {
            @Override
            public void child(ChildEpisodes child) {
                children.add(child);
            }

            @Override
            public void problem(DataProblem problem) {
                problems.add(problem);
            }
        };
    }

    @Test
    void censusStreamedGivesTheChildrenProblemsAndIndicatorsOfTheWholeRead() {
        CoreData read = CinCensusReader.read(small(), "cin-2024-small.xml");
        List<ChildEpisodes> children = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        Integer year = CinCensusReader.stream(small(), "cin-2024-small.xml", collector(children, problems));
        assertEquals(read.censusYear(), year);
        assertEquals(read.children(), children);
        assertEquals(read.problems(), problems);

        IndicatorTally tally = new IndicatorTally(YEARS, ENGLAND);
        CinCensusReader.stream(small(), "cin-2024-small.xml", tally);
        for (CollectionYear y : YEARS) {
            assertEquals(json(ReferenceIndicators.compute(read, y, ENGLAND, 500L)), json(tally.report(y, 500L)));
        }
        // the hand-worked figures of the README beside the file (see CinCensusReaderTest)
        IndicatorReport y2024 = tally.report(new CollectionYear(2024), null);
        assertEquals(7, y2024.indicator("referrals").orElseThrow().numerator());
        assertEquals("28.6", y2024.indicator("rereferral-rate").orElseThrow().value().toPlainString());
        assertEquals("66.7", y2024.indicator("cpp-subsequent-rate").orElseThrow().value().toPlainString());
    }

    @Test
    void aMalformedCensusStreamsTheChildrenBeforeTheBreakThenTheProblem() {
        String xml = CinCensusReaderTest.MALFORMED;
        List<String> order = new ArrayList<>();
        CinCensusReader.stream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.xml",
                new CoreDataSink() {
                    @Override
                    public void child(ChildEpisodes child) {
                        order.add("child " + child.childId());
                    }

                    @Override
                    public void problem(DataProblem problem) {
                        order.add(problem.kind() + " at " + problem.location());
                    }
                });
        assertEquals(List.of("child A", "MALFORMED_XML at bad.xml:5"), order);
    }

    private static InputStream small() {
        return CaseEpisodeStreamTest.class.getResourceAsStream("cin-2024-small.xml");
    }

    // ---- the fingerprint set ----

    @Test
    void theFingerprintSetHoldsExactlyWhatWasAddedAcrossGrowth() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            LongHashSet set = new LongHashSet();
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < 5000; i++) {
                long v = r.nextInt(8) == 0 ? r.nextLong(10) : r.nextLong(); // small values, 0 and repeats too
                assertEquals(expected.add(v), set.add(v));
            }
            assertEquals(expected.size(), set.size());
            for (long v : expected) {
                assertTrue(set.contains(v));
            }
            for (int i = 0; i < 1000; i++) {
                long v = r.nextLong();
                assertEquals(expected.contains(v), set.contains(v));
            }
        }
    }
}
