package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.config.Choice;

/**
 * How CMA-ES restarts once a run stops on a reason of its own: {@link Ipop} doubles the
 * population each time; {@link Bipop} interleaves those restarts with cheap small-population ones.
 */
public enum RestartScheme implements Choice {
    IPOP, BIPOP
}
