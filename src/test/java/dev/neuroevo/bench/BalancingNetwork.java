package dev.neuroevo.bench;

import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;

/**
 * A 4-16-2 relu CartPole policy for the benchmarks: hidden units 0 and 1 carry relu(+-(theta + 0.3
 * omega)) and output 1 minus output 0 is their difference, so it balances; the other weights are
 * Gaussian noise, so the relu pattern changes from step to step as in a trained network and
 * different seeds give different episodes.
 */
final class BalancingNetwork {
    static final NetworkSpec SPEC = NetworkSpec.of(4, new int[] {16}, 2, Activation.RELU, Activation.LINEAR,
            Head.ARGMAX);

    private BalancingNetwork() {
    }

    /** Weights with noise of {@code hiddenStd} in the hidden layer and {@code outputStd} in the output layer. */
    static double[] weights(long seed, double hiddenStd, double outputStd) {
        double[] w = new double[SPEC.parameterCount()];
        SplitMix64 rng = new SplitMix64(seed);
        for (int i = 0; i < w.length; i++) {
            w[i] = (i < 80 ? hiddenStd : outputStd) * rng.nextGaussian();
        }
        for (int i = 0; i < 4; i++) {
            double c = i == 2 ? 1 : i == 3 ? 0.3 : 0;
            w[i * 16] = c;
            w[i * 16 + 1] = -c;
        }
        w[64] = 0;
        w[65] = 0;
        w[80] = -1;
        w[81] = 1;
        w[82] = 1;
        w[83] = -1;
        return w;
    }
}
