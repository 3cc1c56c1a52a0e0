package org.sosqa.rules.facts;

import java.util.List;
import org.sosqa.core.accreditation.EvidenceStream;

/**
 * What a self-assessment holds from one stream: one fact per stream, present even when the stream gave
 * nothing, so a criterion about a stream always has something to check.
 *
 * @param stream the stream
 * @param cycles how many cycles the self-assessment has
 * @param items pieces of evidence from this stream, all cycles
 * @param latestItems pieces of evidence from this stream in the latest cycle
 * @param latestMeasures measures with a value in the latest cycle
 * @param latestCount the most subjects behind any one of those measures
 * @param cyclesWithValues how many cycles have at least one value from this stream
 * @param comparable measures with values in at least {@code impact.minCycles} cycles
 * @param improved of those, how many improved
 * @param deteriorated of those, how many deteriorated
 * @param longComparable measures with values in at least {@code sustained.minCycles} cycles
 * @param sustained of those, how many improved with no step back
 * @param all the stream's evidence in every cycle, one line each
 * @param latest the latest cycle's evidence, one line each
 * @param trends the comparable measures' trends, one line each
 */
public record StreamFact(EvidenceStream stream, int cycles, int items, int latestItems, int latestMeasures,
        long latestCount, int cyclesWithValues, int comparable, int improved, int deteriorated, int longComparable,
        int sustained, List<String> all, List<String> latest, List<String> trends) {

    public StreamFact {
        all = List.copyOf(all);
        latest = List.copyOf(latest);
        trends = List.copyOf(trends);
    }
}
