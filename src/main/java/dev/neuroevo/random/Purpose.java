package dev.neuroevo.random;

/**
 * Why a random draw is made; part of every seed key so that unrelated draws never share a stream.
 * Each purpose has a fixed code, the number mixed into its keys: changing or reusing one would
 * silently change every run, so a new purpose takes the next unused code and none is ever changed.
 */
public enum Purpose {
    INIT(0), MUTATION(1), SELECTION(2), TOURNAMENT(3), EPISODES(4), FINAL_EVALUATION(5), NOISE(6), BATCH(7),
    SPLIT(8),
    /** A CMA-ES (re)start's point drawn in cmaes.x0-box. */
    START_POINT(9),
    /** BIPOP's draws of a small-population restart's step size and population. */
    RESTART(10),
    /** The order of an epoch's minibatches in gradient training. */
    SHUFFLE(11),
    /** Population Based Training: which member a ready one copies (its exploit partner). */
    EXPLOIT(12),
    /** Population Based Training: hyperparameters drawn from their priors or perturbed. */
    EXPLORE(13),
    /** Re-selection: the fresh episodes on which a generation's candidates are scored again. */
    RESELECT(14);

    private final int code;

    Purpose(int code) {
        this.code = code;
    }

    /** The number this purpose mixes into a seed key; fixed for good. */
    public int code() {
        return code;
    }
}
