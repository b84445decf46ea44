package dev.neuroevo.task.control;

import java.io.Serializable;

/**
 * What the registry knows of an environment id: its spaces, the time limit after which an
 * episode is truncated, and the mean return over 100 episodes that counts as solved.
 */
public record EnvSpec(String id, int observationSize, double[] observationLow, double[] observationHigh,
                      ActionSpace actionSpace, int maxEpisodeSteps, double rewardThreshold)
        implements Serializable {
}
