package org.sosqa.core.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roll-ups worked out by hand; practice = observing-practice + supervision, the rest is not. */
class TimeRollupTest {

    private static final ActivityCatalogue CATALOGUE = ActivityCatalogue.defaults();

    private static TimeRecord time(String leader, String role, int practice, int other) {
        return new TimeRecord(leader, role, LocalDate.parse("2025-04-07"), LocalDate.parse("2025-04-11"),
                Map.of("observing-practice", practice / 2, "supervision", practice - practice / 2,
                        "recording-and-admin", other));
    }

    private static RoleTime role(TimeReport r, String id) {
        return r.roles().stream().filter(x -> x.role().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void teamManagersPoolTheirTimeAgainstTheirTarget() {
        // 240/480 (50%), 120/480 (25%), 192/480 (40%, exactly the target), 300/600 (50%):
        // pooled 852 of 2040 = 41.76% -> 41.8, at least 40; three of four leaders reach 40%.
        List<TimeRecord> records = List.of(time("l1", "team-manager", 240, 240), time("l2", "team-manager", 120, 360),
                time("l3", "team-manager", 192, 288), time("l4", "team-manager", 300, 300));
        TimeReport r = TimeRollup.byRole(records, CATALOGUE, new PracticeTargets(Map.of("team-manager", 40)));
        RoleTime tm = role(r, "team-manager");
        assertEquals(4L, tm.leaders().value());
        assertEquals(852L, tm.practiceMinutes());
        assertEquals(2040L, tm.totalMinutes());
        assertEquals(new BigDecimal("41.8"), tm.practicePercent());
        assertEquals(40, tm.targetPercent());
        assertEquals(Boolean.TRUE, tm.meetsTarget());
        assertEquals(3L, tm.leadersMeetingTarget().value());
        assertEquals(Map.of("observing-practice", 426L, "supervision", 426L, "recording-and-admin", 1188L),
                tm.minutesByActivity());
        assertEquals(List.of("observing-practice", "supervision", "recording-and-admin"),
                new ArrayList<>(tm.minutesByActivity().keySet()), "catalogue order");
        assertEquals(LocalDate.parse("2025-04-07"), r.from());
        assertEquals(4, r.records());
    }

    @Test
    void exactlyOnTargetMeetsItAndJustBelowDoesNot() {
        List<TimeRecord> on = List.of(time("a", "r", 400, 600), time("b", "r", 400, 600), time("c", "r", 400, 600));
        assertEquals(Boolean.TRUE, role(TimeRollup.byRole(on, CATALOGUE, new PracticeTargets(Map.of("r", 40))), "r").meetsTarget());
        List<TimeRecord> below = List.of(time("a", "r", 399, 601), time("b", "r", 400, 600), time("c", "r", 400, 600));
        RoleTime r = role(TimeRollup.byRole(below, CATALOGUE, new PracticeTargets(Map.of("r", 40))), "r");
        assertEquals(new BigDecimal("40.0"), r.practicePercent(), "rounds to 40.0 ...");
        assertEquals(Boolean.FALSE, r.meetsTarget(), "... but 1199 of 3000 is below 40%");
        assertTrue(r.leadersMeetingTarget().suppressed(), "2 leaders meet it: below the threshold of 3");
    }

    @Test
    void aRoleWithTooFewLeadersIsSuppressedAndSoIsTheNextSmallest() {
        // service-manager 2 leaders (below 3): hidden. Exactly one hidden beside the total, so the next
        // smallest, practice-lead with 3, is hidden too; team-manager with 4 is shown, and so is the total.
        List<TimeRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.add(time("tm" + i, "team-manager", 200, 300));
        }
        for (int i = 0; i < 3; i++) {
            records.add(time("pl" + i, "practice-lead", 300, 200));
        }
        records.add(time("sm0", "service-manager", 100, 400));
        records.add(time("sm1", "service-manager", 100, 400));
        TimeReport r = TimeRollup.byRole(records, CATALOGUE, new PracticeTargets(Map.of()));
        assertTrue(role(r, "service-manager").suppressed());
        assertNull(role(r, "service-manager").totalMinutes());
        assertTrue(role(r, "service-manager").leaders().suppressed());
        assertTrue(role(r, "practice-lead").suppressed());
        assertTrue(role(r, "practice-lead").minutesByActivity().isEmpty());
        assertFalse(role(r, "team-manager").suppressed());
        assertEquals(9L, r.all().leaders().value());
        assertEquals(4500L, r.all().totalMinutes());
        assertEquals(1900L, r.all().practiceMinutes(), "4 x 200 + 3 x 300 + 2 x 100");
        assertEquals(new BigDecimal("42.2"), r.all().practicePercent(), "1900 of 4500");
    }

    @Test
    void threeLeadersAreShownAtTheDefaultThreshold() {
        List<TimeRecord> three = List.of(time("a", "r", 1, 1), time("b", "r", 1, 1), time("c", "r", 1, 1));
        assertFalse(role(TimeRollup.byRole(three, CATALOGUE, new PracticeTargets(Map.of())), "r").suppressed());
        assertTrue(role(TimeRollup.byRole(three.subList(0, 2), CATALOGUE, new PracticeTargets(Map.of())), "r").suppressed());
    }

    @Test
    void aLeadersSeveralRecordsArePooledAndCountedOnce() {
        List<TimeRecord> records = List.of(time("a", "r", 100, 100), time("a", "r", 300, 100), time("b", "r", 0, 100),
                time("c", "r", 50, 50));
        RoleTime r = role(TimeRollup.byRole(records, CATALOGUE, new PracticeTargets(Map.of("r", 50)), 1), "r");
        assertEquals(3L, r.leaders().value());
        assertEquals(450L, r.practiceMinutes());
        assertEquals(800L, r.totalMinutes());
        assertEquals(2L, r.leadersMeetingTarget().value(), "a: 400/600, c: 50/100 reach 50%; b does not");
    }

    @Test
    void aRoleWithATargetButNoTimeIsListedEmpty() {
        RoleTime r = role(TimeRollup.byRole(List.of(), CATALOGUE, new PracticeTargets(Map.of("director", 20))), "director");
        assertEquals(0L, r.leaders().value());
        assertFalse(r.suppressed());
        assertEquals(0L, r.totalMinutes());
        assertNull(r.practicePercent());
        assertNull(r.meetsTarget());
        assertEquals(20, r.targetPercent());
    }

    @Test
    void anOrganisationCanReclassifyAnActivity() {
        ActivityCatalogue ours = CATALOGUE.extendedWith(List.of(new Activity("recording-and-admin", "Recording the map with the family", true, "ours")));
        List<TimeRecord> three = List.of(time("a", "r", 0, 60), time("b", "r", 0, 60), time("c", "r", 0, 60));
        assertEquals(new BigDecimal("0.0"), role(TimeRollup.byRole(three, CATALOGUE, new PracticeTargets(Map.of())), "r").practicePercent());
        assertEquals(new BigDecimal("100.0"), role(TimeRollup.byRole(three, ours, new PracticeTargets(Map.of())), "r").practicePercent());
    }
}
