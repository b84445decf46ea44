package dev.neuroevo.task.supervised;

import dev.neuroevo.network.Backprop;
import dev.neuroevo.network.BatchInvoker;
import dev.neuroevo.network.Loss;
import dev.neuroevo.network.MeanSquaredError;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.network.SoftmaxCrossEntropy;
import dev.neuroevo.optim.Moments;
import dev.neuroevo.optim.Optimizer;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.Trainer;

/**
 * Minibatch training of a classifier by softmax cross-entropy, or of a regression by mean squared
 * error on its standardised targets: each epoch visits every training
 * row once, in an order shuffled from the epoch's seed (Fisher-Yates from the identity, so the
 * order depends on the seed alone), one optimizer step per batch; the last batch of an epoch may be
 * smaller. After warm-up a step allocates nothing. The epoch's fitness is the task's on the
 * validation rows (on the training rows when none are held out for validation).
 */
final class EpochTrainer implements Trainer {
    private static final int ASSESS_BATCH = 1024;

    private final Dataset train;
    private final Dataset validation;
    private final Backprop net;
    private final BatchInvoker assess;
    private final Loss loss;
    private final ValidationFitness fitness;
    private final int[] order;
    private final double[] grad;
    private final SplitMix64 rng = new SplitMix64(0);
    private double lastLoss = Double.NaN;
    private long lastSteps;

    EpochTrainer(NetworkSpec spec, Dataset train, Dataset validation, int batchSize, int threads,
                 ValidationFitness fitness) {
        this.train = train;
        this.loss = train.regression() ? new MeanSquaredError() : new SoftmaxCrossEntropy();
        this.fitness = fitness;
        this.validation = validation.rows() > 0 ? validation : train;
        this.net = new Backprop(spec, Math.min(batchSize, train.rows()));
        this.assess = new BatchInvoker(spec, ASSESS_BATCH, threads);
        this.order = new int[train.rows()];
        this.grad = new double[spec.parameterCount()];
    }

    @Override
    public double epoch(double[] weights, Optimizer optimizer, Moments moments, double learningRate,
                        double weightDecay, long seed) {
        int n = order.length;
        shuffle(seed);
        int capacity = net.capacity();
        double lossSum = 0;
        for (int from = 0; from < n; from += capacity) {
            int count = Math.min(capacity, n - from);
            lossSum += count * step(weights, optimizer, moments, learningRate, weightDecay, from, count);
        }
        lastLoss = lossSum / n;
        lastSteps = n;
        return fitness.of(assess, validation, weights);
    }

    /**
     * {@code steps} minibatches of {@code batchSize} rows (at most the trainer's batch size) in an
     * order shuffled from {@code seed}, shuffled again from the same stream whenever a pass over
     * the rows runs out, so a step never mixes two passes.
     */
    @Override
    public double steps(double[] weights, Optimizer optimizer, Moments moments, double learningRate,
                        double weightDecay, int batchSize, int steps, long seed) {
        int n = order.length;
        int count = Math.min(batchSize, Math.min(net.capacity(), n));
        shuffle(seed);
        int from = 0;
        double lossSum = 0;
        for (int s = 0; s < steps; s++) {
            if (from + count > n) {
                shuffleAgain();
                from = 0;
            }
            lossSum += step(weights, optimizer, moments, learningRate, weightDecay, from, count);
            from += count;
        }
        lastLoss = lossSum / steps;
        lastSteps = (long) steps * count;
        return fitness.of(assess, validation, weights);
    }

    /** Fisher-Yates from the identity, so the order depends on the seed alone. */
    private void shuffle(long seed) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        rng.reseed(seed);
        shuffleAgain();
    }

    private void shuffleAgain() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** One optimizer step on the rows {@code order[from, from + count)}; returns their mean loss. */
    private double step(double[] weights, Optimizer optimizer, Moments moments, double learningRate,
                        double weightDecay, int from, int count) {
        int capacity = net.capacity();
        train.gather(order, from, count, net.input(), capacity, null);
        train.targets(order, from, count, net.target(), capacity);
        double loss = net.gradient(weights, this.loss, count, grad);
        optimizer.step(weights, grad, moments, learningRate, weightDecay);
        return loss;
    }

    @Override
    public double lastLoss() {
        return lastLoss;
    }

    @Override
    public long lastSteps() {
        return lastSteps;
    }
}
