package dev.neuroevo.strategy;

/**
 * A search strategy as ask/tell over an immutable state (evosax's shape): {@code ask} plans a
 * generation, {@code tell} folds its fitness back in. Fixed parameters live in the implementing
 * object; randomness comes only from the run seed held there, keyed by generation and individual.
 */
public interface Strategy<S extends StrategyState> {

    /** The name a job uses for this strategy. */
    String name();

    S init();

    Plan ask(S state);

    /** The next state, given one fitness per individual of {@code plan} in id order (higher is better). */
    S tell(S state, Plan plan, double[] fitness);
}
