package org.sosqa.core.coredata;

/**
 * Where a streaming reader hands core data as it goes: each child's episodes once the child is complete, and
 * each problem as it is found, so nothing needs to hold every child. {@link IndicatorTally} is one;
 * {@link CinCensusReader#stream} and {@link CaseEpisodeStream} feed one. A sink is called from one thread.
 */
public interface CoreDataSink {

    /**
     * Takes one child's complete episodes. A child is handed over once.
     *
     * @param child the child's valid episodes
     */
    void child(ChildEpisodes child);

    /**
     * Takes one record left out, with its location.
     *
     * @param problem the problem
     */
    void problem(DataProblem problem);
}
