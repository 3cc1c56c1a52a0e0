package org.sosqa.core.coredata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The answers are worked out by hand in {@code src/test/resources/org/sosqa/core/coredata/README.md}. */
class CinCensusReaderTest {

    /** Child A whole, then child B broken off by a mismatched tag on line 5. */
    static final String MALFORMED = """
            <Message><Children>
            <Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers>
            <CINdetails><CINreferralDate>2023-06-01</CINreferralDate></CINdetails></Child>
            <Child><ChildIdentifiers><LAchildID>B</LAchildID>
            <CINdetails><CINreferralDate>2023-06-01</CINreferralDate></Oops>
            """;


    private static CoreData small() {
        InputStream in = CinCensusReaderTest.class.getResourceAsStream("cin-2024-small.xml");
        return CinCensusReader.read(in, "cin-2024-small.xml");
    }

    @Test
    void computesTheHandWorkedIndicatorsFromWhatIsValid() {
        IndicatorReport report = StatutoryIndicators.compute(small(), new CollectionYear(2024),
                WorkingDayCalendar.englandAndWales(), null);
        Map<String, Indicator> byId = report.indicators().stream()
                .collect(Collectors.toMap(Indicator::id, i -> i));
        assertIndicator(byId, "referrals", 7, null, "7");
        assertIndicator(byId, "rereferrals-12m", 2, 7L, "2");
        assertIndicator(byId, "rereferral-rate", 2, 7L, "28.6");
        assertIndicator(byId, "assessments-within-45wd-rate", 1, 2L, "50.0");
        assertIndicator(byId, "icpc-within-15wd-rate", 1, 2L, "50.0");
        assertIndicator(byId, "cpp-starts", 3, null, "3");
        assertIndicator(byId, "cpp-subsequent-rate", 2, 3L, "66.7");
        assertIndicator(byId, "cpp-subsequent-2y-rate", 1, 3L, "33.3");
        assertIndicator(byId, "cpp-ended", 1, null, "1");
        assertIndicator(byId, "cpp-duration-3m-or-less", 0, 1L, "0.0");
        assertIndicator(byId, "cpp-duration-3m-to-6m", 1, 1L, "100.0");
        assertIndicator(byId, "cpp-duration-2y-plus", 0, 1L, "0.0");
        assertIndicator(byId, "cpp-open-2y-plus-rate", 1, 3L, "33.3");
    }

    private static void assertIndicator(Map<String, Indicator> byId, String id, long numerator, Long denominator,
            String value) {
        Indicator i = byId.get(id);
        assertEquals(numerator, i.numerator(), id);
        assertEquals(denominator, i.denominator(), id);
        assertEquals(new BigDecimal(value), i.value(), id);
    }

    @Test
    void rereferralsStratifiedByAgeBandAndGender() {
        CoreData data = small();
        CollectionYear year = new CollectionYear(2024);
        var measure = StatutoryIndicators.rereferralMeasure(year).withStratifiers(
                StatutoryIndicators.ageBand(Episodes.Referral::date), StatutoryIndicators.characteristic("gender"));
        var subjects = StatutoryIndicators.episodes(data, ChildEpisodes::referrals).stream()
                .filter(s -> year.contains(s.episode().date())).toList();
        var summary = org.sosqa.core.measure.MeasureEvaluator.evaluate(measure, subjects, s -> s.child().childId())
                .summary();
        // every child in the file was born 2015-06-01: aged 7 or 8 at a referral in the year, so band 5-9
        var age = summary.stratifiers().get(0).strata();
        assertEquals(1, age.size());
        assertEquals("5-9", age.get(0).stratum());
        assertEquals(7, age.get(0).counts().denominator());
        assertEquals("1", summary.stratifiers().get(1).strata().get(0).stratum());
        assertEquals(Map.of("ethnicity", "WBRI", "gender", "1"), data.children().get(0).characteristics());
    }

    @Test
    void reportsEveryBadRecordWithFileAndLine() {
        CoreData data = small();
        List<String> problems = data.problems().stream()
                .map(p -> p.location() + " " + p.record() + " " + p.kind()).toList();
        assertEquals(List.of(
                "cin-2024-small.xml:124 REFERRAL IMPOSSIBLE_DATE",
                "cin-2024-small.xml:135 PROTECTION_PLAN ENDS_BEFORE_STARTS",
                "cin-2024-small.xml:145 CHILD MISSING_IDENTIFIER",
                "cin-2024-small.xml:170 REFERRAL UNPARSEABLE_VALUE",
                "cin-2024-small.xml:174 REFERRAL MISSING_DATE",
                "cin-2024-small.xml:195 PROTECTION_PLAN UNPARSEABLE_VALUE",
                "cin-2024-small.xml:232 REFERRAL DUPLICATE"), problems);
        assertEquals("C004", data.problems().get(0).childId());
        assertEquals(List.of(
                new LeftOut(RecordKind.CHILD, ProblemKind.MISSING_IDENTIFIER, 1),
                new LeftOut(RecordKind.REFERRAL, ProblemKind.MISSING_DATE, 1),
                new LeftOut(RecordKind.REFERRAL, ProblemKind.IMPOSSIBLE_DATE, 1),
                new LeftOut(RecordKind.REFERRAL, ProblemKind.UNPARSEABLE_VALUE, 1),
                new LeftOut(RecordKind.REFERRAL, ProblemKind.DUPLICATE, 1),
                new LeftOut(RecordKind.PROTECTION_PLAN, ProblemKind.UNPARSEABLE_VALUE, 1),
                new LeftOut(RecordKind.PROTECTION_PLAN, ProblemKind.ENDS_BEFORE_STARTS, 1)), data.leftOut());
        assertEquals(7, data.children().size(), "every child with an id is kept, with what was valid");
        assertEquals(2024, data.censusYear(), "from the header's CollectionDetails/Year");
    }

    @Test
    void malformedXmlIsReportedWithItsLineAndWhatCameBeforeIsKept() {
        String xml = MALFORMED;
        CoreData data = CinCensusReader.read(stream(xml), "bad.xml");
        assertEquals(1, data.children().size());
        assertEquals(1, data.problems().size());
        DataProblem p = data.problems().get(0);
        assertEquals("bad.xml:5", p.location());
        assertEquals(ProblemKind.MALFORMED_XML, p.kind());
        assertEquals(RecordKind.FILE, p.record());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
                <Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers>
                <CINdetails><CINreferralDate>2023-06-01</CINreferralDate></CINdetails></Child></Children></Message>
                """;
        CoreData data = CinCensusReader.read(stream(xml), "xxe.xml");
        assertEquals(List.of(), data.children(), "the entity is refused, so nothing from a file becomes an id");
        assertEquals(1, data.problems().size(), data.problems().toString());
        assertEquals(ProblemKind.MALFORMED_XML, data.problems().get(0).kind());
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
