package dev.neuroevo.strategy;

import java.io.Serializable;
import java.util.List;

/** What every strategy's immutable state exposes to the generation loop. */
public interface StrategyState extends Serializable {

    /** The generation the next {@code ask} plans (0 before the first). */
    int generation();

    /** The best individual found so far ({@link Incumbent#NONE} before the first tell). */
    Incumbent incumbent();

    /**
     * Every stop criterion of the strategy's own that holds (named as pycma names them, such as
     * CMA-ES's {@code tolfun}), first the one that decides; empty to go on.
     */
    default List<String> stopReasons() {
        return List.of();
    }

    /**
     * True when a checkpoint can hold this state: always, but for a strategy whose population lives
     * on the executors (PBT), only after a round whose members they have written.
     */
    default boolean resumable() {
        return true;
    }

    /** The state as plain data (see each state's documentation); {@link Strategy#restore} reads it back. */
    StateView view();
}
