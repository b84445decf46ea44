package dev.neuroevo.strategy.ga;

import dev.neuroevo.config.Choice;

/** How a GA picks the parents of the next generation. */
public enum Selection implements Choice {
    /** The best n individuals. */
    TRUNCATION,
    /** n tournaments, each won by the fittest of k individuals drawn with replacement. */
    TOURNAMENT;

    public static Selection of(String id) {
        return Choice.of(Selection.class, id);
    }
}
