package dev.neuroevo.strategy.ga;

import java.util.Locale;

/** How a GA picks the parents of the next generation. */
public enum Selection {
    /** The best n individuals. */
    TRUNCATION,
    /** n tournaments, each won by the fittest of k individuals drawn with replacement. */
    TOURNAMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Selection of(String id) {
        for (Selection s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown selection '" + id + "' (truncation, tournament)");
    }
}
