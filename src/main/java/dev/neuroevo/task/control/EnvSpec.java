package dev.neuroevo.task.control;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the registry knows of an environment id: its spaces, the time limit after which an
 * episode is truncated, the mean return over 100 episodes that counts as solved, and its options
 * (Gymnasium's {@code kwargs}, e.g. Acrobot's {@code book_or_nips}) with the values this instance
 * was made with; an id accepts exactly the options its registered spec lists.
 */
public record EnvSpec(String id, int observationSize, double[] observationLow, double[] observationHigh,
                      ActionSpace actionSpace, int maxEpisodeSteps, double rewardThreshold,
                      Map<String, Object> options)
        implements Serializable {

    public EnvSpec {
        // insertion order, so that a spec prints the same in every run
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A spec without options. */
    public EnvSpec(String id, int observationSize, double[] observationLow, double[] observationHigh,
                   ActionSpace actionSpace, int maxEpisodeSteps, double rewardThreshold) {
        this(id, observationSize, observationLow, observationHigh, actionSpace, maxEpisodeSteps, rewardThreshold,
                Map.of());
    }

    public ObservationSpace observationSpace() {
        return new ObservationSpace(observationLow, observationHigh);
    }

    /** This spec with some options changed; an option the id does not have is refused. */
    public EnvSpec withOptions(Map<String, ?> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(options);
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            if (!options.containsKey(e.getKey())) {
                throw new IllegalArgumentException(id + " has no option '" + e.getKey() + "'"
                        + (options.isEmpty() ? "" : "; its options: " + options.keySet()));
            }
            merged.put(e.getKey(), e.getValue());
        }
        return new EnvSpec(id, observationSize, observationLow, observationHigh, actionSpace, maxEpisodeSteps,
                rewardThreshold, merged);
    }

    /** The value of a numeric option. */
    double number(String option) {
        if (options.get(option) instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(id + " option '" + option + "' must be a number, not " + options.get(option));
    }
}
