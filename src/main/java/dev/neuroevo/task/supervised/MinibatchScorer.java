package dev.neuroevo.task.supervised;

import dev.neuroevo.network.BatchInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.Scorer;

/**
 * Scores networks on one minibatch of training rows per generation. The batch is drawn from the
 * generation's shared seed (so every individual of a generation sees the same rows, and each
 * generation new ones), copied once into the invoker's input buffer, and every individual is a
 * batched forward pass over it. A classifier's fitness is {@link ClassifierFitness}'s; a
 * regression's is minus the batch's mean squared error on the standardised targets.
 */
final class MinibatchScorer implements Scorer {
    private final Dataset train;
    private final ClassifierFitness fitness;
    private final BatchInvoker net;
    private final int batch;
    private final int[] labels;
    private final double[] targets;
    private final int[] order;
    private final SplitMix64 rng = new SplitMix64(0);
    private boolean drawn;

    MinibatchScorer(NetworkSpec spec, Dataset train, int batchSize, ClassifierFitness fitness, int threads) {
        this.train = train;
        this.fitness = fitness;
        this.batch = Math.min(batchSize, train.rows());
        this.net = new BatchInvoker(spec, batch, threads);
        this.labels = new int[batch];
        this.targets = train.regression() ? new double[batch] : null;
        this.order = batch < train.rows() ? new int[train.rows()] : null;
    }

    /** Draws the generation's batch: the first rows of a partial Fisher-Yates shuffle, or every row. */
    @Override
    public void startGeneration(long generationSeed) {
        if (order != null) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            rng.reseed(generationSeed);
            for (int k = 0; k < batch; k++) {
                int j = k + rng.nextInt(order.length - k);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
        }
        train.gather(order, 0, batch, net.input(), net.capacity(), targets == null ? labels : null);
        if (targets != null) {
            train.targets(order, 0, batch, targets, batch);
        }
        drawn = true;
    }

    /** The fitness on this generation's batch; the individual's own seed is not needed. */
    @Override
    public double score(double[] weights, long seed) {
        if (!drawn) {
            throw new IllegalStateException("startGeneration must draw the batch before score");
        }
        double[] outputs = net.forward(weights, batch);
        return targets != null ? -RegressionTask.squaredError(outputs, targets, batch) / batch
                : fitness.of(outputs, net.capacity(), train.classCount(), labels, batch);
    }

    @Override
    public long lastSteps() {
        return batch;
    }
}
