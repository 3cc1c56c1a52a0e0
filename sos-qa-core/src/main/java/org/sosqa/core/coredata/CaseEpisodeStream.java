package org.sosqa.core.coredata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.coredata.CaseEventEpisodes.Located;

/**
 * Builds child episodes from cases handed over one at a time, as {@link CaseEventEpisodes#from} does from
 * all of them at once, holding only the current group of cases: the streaming path for core data from
 * sos-qa cases, in memory that does not grow with the number of cases.
 *
 * <p><b>The grouping contract.</b> All the cases of a child arrive together: each child's cases (the cases
 * whose events name the child, or that list the child) form one run of consecutive cases. Cases that share a
 * child (siblings, a re-referral as a new case) therefore join into one group; a case that shares no child
 * with the current group closes it, and each of its children is built and handed to the sink, in the order
 * their first event arrived. An export ordered by family group (or by child, when no case has two children)
 * keeps the contract. On the contract, the children, the problems and their order are exactly those of
 * {@link CaseEventEpisodes#from} over the same cases in the same order.
 *
 * <p><b>When the contract is broken.</b> A child whose group was already closed and who has events in a later
 * case is not counted again: that case's events of the child are left out and reported once, as a
 * {@link ProblemKind#NOT_GROUPED} problem of the {@link RecordKind#CHILD} located at the child's first event
 * in the case ({@code caseId/events/INDEX}); reading goes on, and every other child is counted as usual. To
 * know a child was seen, a 64-bit hash of each closed child's identifier is kept (8 bytes a slot in an
 * open-addressing table kept at most half full: 1,000,000 children take 16 to 32 MB). Two different
 * identifiers with the same hash would make a new child look like a returning one, so its events would be
 * reported as not grouped and left out (never counted twice): for a million children the chance of any such
 * clash is about 3 in 100 million.
 * A child only listed by a case, with no events in it, is not checked (nothing of it is counted).
 *
 * <p>Not thread-safe: use one per thread, each with its own sink, over its own groups.
 */
public final class CaseEpisodeStream implements Consumer<CaseRecord> {

    private final CoreDataSink sink;
    private final LongHashSet closed = new LongHashSet();
    private final Map<String, List<Located>> groupEvents = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> groupCharacteristics = new LinkedHashMap<>();
    private final Set<String> groupIds = new HashSet<>();
    private final List<DataProblem> problems = new ArrayList<>();
    private int order;
    private long children;
    private long notGrouped;

    /**
     * A stream that hands each completed child to a sink.
     *
     * @param sink takes each child and each problem
     */
    public CaseEpisodeStream(CoreDataSink sink) {
        this.sink = sink;
    }

    /**
     * Takes the next case. Its child events join the current group when the case shares a child with it;
     * otherwise the current group is closed (its children handed to the sink) and the case starts a new one.
     *
     * @param c the next case
     */
    @Override
    public void accept(CaseRecord c) {
        if (!sharesChild(c)) {
            flush();
        }
        c.children().forEach(k -> {
            if (!groupIds.contains(k.id()) && closed.contains(hash(k.id()))) {
                return; // a returning child: its characteristics were taken with its group
            }
            groupIds.add(k.id());
            groupCharacteristics.putIfAbsent(k.id(), k.characteristics());
        });
        Map<String, int[]> late = null; // returning child -> {first event index, events left out}
        for (int i = 0; i < c.events().size(); i++) {
            CaseEvent e = c.events().get(i);
            String id = e.childId();
            if (id == null) {
                continue;
            }
            if (!groupIds.contains(id)) {
                if (closed.contains(hash(id))) {
                    if (late == null) {
                        late = new LinkedHashMap<>();
                    }
                    int index = i;
                    late.computeIfAbsent(id, k -> new int[] {index, 0})[1]++;
                    continue;
                }
                groupIds.add(id);
            }
            groupEvents.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Located(e, c.id(), i, order++));
        }
        if (late != null) {
            late.forEach((id, at) -> {
                notGrouped++;
                sink.problem(new DataProblem(id, c.id() + "/events/" + at[0], RecordKind.CHILD, ProblemKind.NOT_GROUPED,
                        "the child's events in this case (" + at[1] + ") came after the child's earlier cases were "
                                + "counted; cases must arrive grouped by child, so these are left out"));
            });
        }
    }

    /** Closes the last group: hands its children to the sink. Call once after the last case. */
    public void finish() {
        flush();
    }

    /** The children handed to the sink so far. */
    public long children() {
        return children;
    }

    /** The cases' child-event runs left out so far because the child's group was already closed. */
    public long notGrouped() {
        return notGrouped;
    }

    private boolean sharesChild(CaseRecord c) {
        if (groupIds.isEmpty()) {
            return false;
        }
        for (var k : c.children()) {
            if (groupIds.contains(k.id())) {
                return true;
            }
        }
        for (CaseEvent e : c.events()) {
            if (e.childId() != null && groupIds.contains(e.childId())) {
                return true;
            }
        }
        return false;
    }

    private void flush() {
        for (Map.Entry<String, List<Located>> child : groupEvents.entrySet()) {
            String id = child.getKey();
            ChildEpisodes episodes = CaseEventEpisodes.child(id, groupCharacteristics.getOrDefault(id, Map.of()),
                    child.getValue(), problems);
            problems.forEach(sink::problem);
            problems.clear();
            closed.add(hash(id));
            children++;
            sink.child(episodes);
        }
        groupEvents.clear();
        groupCharacteristics.clear();
        groupIds.clear();
        order = 0; // it orders events of one child on one day, and a child is never in two groups
    }

    /** A 64-bit hash of an identifier (FNV-1a over its UTF-16 code units, then a murmur3 finaliser). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
