package dev.neuroevo.random;

/** Why a random draw is made; part of every seed key so that unrelated draws never share a stream. */
public enum Purpose {
    INIT, MUTATION, SELECTION, TOURNAMENT, EPISODES, FINAL_EVALUATION, NOISE, BATCH, SPLIT,
    /** A CMA-ES (re)start's point drawn in cmaes.x0-box. */
    START_POINT,
    /** BIPOP's draws of a small-population restart's step size and population. */
    RESTART
}
