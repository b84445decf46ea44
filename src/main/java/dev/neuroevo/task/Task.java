package dev.neuroevo.task;

import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import java.io.Serializable;

/**
 * Scores networks. A task is shipped to executors once per run; each partition asks it for a
 * {@link Scorer}, which owns the scratch state of its evaluations. A task never sees Spark.
 */
public interface Task extends Serializable {

    /** The task's id as a job names it, e.g. {@code CartPole-v1}. */
    String id();

    int inputs();

    int outputs();

    Head head();

    /**
     * For a task that scores a raw parameter vector rather than a network's weights (a black-box
     * test function), the vector's length; the job then ignores the network settings. 0, the
     * default, for tasks that score networks.
     */
    default int vectorDimension() {
        return 0;
    }

    /** A new scorer for networks of {@code spec}; not shared between threads. */
    Scorer scorer(NetworkSpec spec);

    /**
     * A scorer for re-selection: it scores a network again on evaluations that no training
     * evaluation uses, so that the best by it is not the luckiest draw of training. By default the
     * mean of {@code evaluations} calls of a {@link #scorer}, call e seeded {@code child(seed, e)};
     * an environment plays {@code evaluations} episodes, a data set scores its validation rows.
     */
    default Scorer reassessor(NetworkSpec spec, int evaluations) {
        return new RepeatedScorer(scorer(spec), evaluations);
    }

    /**
     * A trainer of networks of {@code spec} by gradient, {@code batchSize} examples a step; tasks
     * without training data have none.
     */
    default Trainer trainer(NetworkSpec spec, int batchSize) {
        throw new UnsupportedOperationException("task " + id() + " has no training data for gradient training");
    }

    /** True when {@link #trainer} makes trainers. */
    default boolean trainable() {
        return false;
    }

    /** The preprocessing a model of this task carries so that it reads raw rows, or null for none. */
    default RawInputs rawInputs() {
        return null;
    }

    /** The best network's final, out-of-training assessment, reported in summary.json. */
    FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, long seed);

    /** The final assessment of a network trained on normalised inputs; tasks without observations ignore it. */
    default FinalEvaluation finalEvaluation(NetworkSpec spec, double[] weights, InputNormalizer normalizer, long seed) {
        return finalEvaluation(spec, weights, seed);
    }
}
