package dev.neuroevo.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.optim.Adam;
import dev.neuroevo.optim.Moments;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation against central finite differences of a loss computed here, independently of
 * the network package (plain per-example loops and the textbook formulas), for every hidden and
 * output activation with both losses.
 */
class BackpropTest {
    private static final int[] SIZES = {3, 5, 4, 3};
    private static final int BATCH = 6;
    private static final double H = 1e-5;

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            for (Activation output : Activation.values()) {
                out.add(Arguments.of(hidden, output, true));
                out.add(Arguments.of(hidden, output, false));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, cross-entropy {2}")
    @MethodSource("cases")
    void analyticGradientEqualsCentralDifferences(Activation hidden, Activation output, boolean crossEntropy) {
        NetworkSpec spec = NetworkSpec.of(SIZES[0], new int[] {SIZES[1], SIZES[2]}, SIZES[3], hidden, output,
                Head.ARGMAX);
        int n = spec.parameterCount();
        double[][] x = new double[BATCH][SIZES[0]];
        double[][] t = new double[BATCH][SIZES[3]];
        double[] w = new double[n];
        // Draw until every hidden pre-activation is well away from relu's kink at 0 (the weights move by
        // H, so the pre-activations move by far less than 1e-2).
        Random rng = new Random(11);
        do {
            for (int i = 0; i < n; i++) {
                w[i] = rng.nextGaussian() * 0.8;
            }
            for (int b = 0; b < BATCH; b++) {
                for (int i = 0; i < SIZES[0]; i++) {
                    x[b][i] = rng.nextGaussian();
                }
                int label = rng.nextInt(SIZES[3]);
                for (int j = 0; j < SIZES[3]; j++) {
                    t[b][j] = crossEntropy ? (j == label ? 1 : 0) : rng.nextGaussian();
                }
            }
        } while (nearKink(spec, w, x));

        Backprop bp = new Backprop(spec, BATCH + 2);
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < SIZES[0]; i++) {
                bp.input()[i * bp.capacity() + b] = x[b][i];
            }
            for (int j = 0; j < SIZES[3]; j++) {
                bp.target()[j * bp.capacity() + b] = t[b][j];
            }
        }
        double[] grad = new double[n];
        Loss loss = crossEntropy ? new SoftmaxCrossEntropy() : new MeanSquaredError();
        double mean = bp.gradient(w, loss, BATCH, grad);
        assertEquals(referenceLoss(spec, w, x, t, crossEntropy), mean, 1e-12 * Math.max(1, Math.abs(mean)));
        for (int i = 0; i < n; i++) {
            double saved = w[i];
            w[i] = saved + H;
            double up = referenceLoss(spec, w, x, t, crossEntropy);
            w[i] = saved - H;
            double down = referenceLoss(spec, w, x, t, crossEntropy);
            w[i] = saved;
            double numeric = (up - down) / (2 * H);
            double a = grad[i];
            assertTrue(Math.abs(a - numeric) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(numeric))),
                    "parameter " + i + ": analytic " + a + ", numeric " + numeric);
        }
    }

    @Test
    void aLinearModelTrainsToZeroLossOnExactData() {
        // y = 3 x0 - 2 x1 + 1 exactly: the least-squares optimum has zero loss at weights (3, -2), bias 1.
        NetworkSpec spec = NetworkSpec.of(2, new int[0], 1, Activation.LINEAR, Activation.LINEAR, Head.ARGMAX);
        Backprop bp = new Backprop(spec, 8);
        Random rng = new Random(5);
        for (int b = 0; b < 8; b++) {
            double x0 = rng.nextGaussian();
            double x1 = rng.nextGaussian();
            bp.input()[b] = x0;
            bp.input()[8 + b] = x1;
            bp.target()[b] = 3 * x0 - 2 * x1 + 1;
        }
        double[] w = new double[3];
        double[] g = new double[3];
        Adam adam = new Adam(0.9, 0.999);
        Moments m = adam.init(3);
        double loss = Double.NaN;
        for (int step = 0; step < 5000; step++) {
            loss = bp.gradient(w, new MeanSquaredError(), 8, g);
            adam.step(w, g, m, step < 3000 ? 0.05 : 0.005);
        }
        assertTrue(loss < 1e-12, "loss " + loss);
        assertArrayEquals(new double[] {3, -2, 1}, w, 1e-6);
    }

    private static boolean nearKink(NetworkSpec spec, double[] w, double[][] x) {
        for (double[] row : x) {
            double[] in = row;
            for (int l = 0; l < spec.layers(); l++) {
                double[] z = layer(spec, w, l, in);
                for (double v : z) {
                    if (Math.abs(v) < 1e-2) {
                        return true;
                    }
                }
                in = activate(spec.activations()[l], z);
            }
        }
        return false;
    }

    /** Pre-activations of layer l: z_j = b_j + sum_i x_i W[i][j], W stored [inputs][outputs] then biases. */
    private static double[] layer(NetworkSpec spec, double[] w, int l, double[] in) {
        int nIn = spec.sizes()[l];
        int nOut = spec.sizes()[l + 1];
        int off = spec.offset(l);
        double[] z = new double[nOut];
        for (int j = 0; j < nOut; j++) {
            double s = w[off + nIn * nOut + j];
            for (int i = 0; i < nIn; i++) {
                s += in[i] * w[off + i * nOut + j];
            }
            z[j] = s;
        }
        return z;
    }

    private static double[] activate(Activation a, double[] z) {
        double[] y = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            y[j] = switch (a) {
                case RELU -> Math.max(0, z[j]);
                case TANH -> Math.tanh(z[j]);
                case SIGMOID -> 1 / (1 + Math.exp(-z[j]));
                case LINEAR -> z[j];
            };
        }
        return y;
    }

    /** Mean over the batch of -sum_j t_j log softmax(y)_j, or of sum_j (y_j - t_j)^2 / outputs. */
    private static double referenceLoss(NetworkSpec spec, double[] w, double[][] x, double[][] t, boolean ce) {
        double total = 0;
        for (int b = 0; b < x.length; b++) {
            double[] y = x[b];
            for (int l = 0; l < spec.layers(); l++) {
                y = activate(spec.activations()[l], layer(spec, w, l, y));
            }
            if (ce) {
                double z = 0;
                for (double v : y) {
                    z += Math.exp(v);
                }
                for (int j = 0; j < y.length; j++) {
                    total -= t[b][j] * Math.log(Math.exp(y[j]) / z);
                }
            } else {
                for (int j = 0; j < y.length; j++) {
                    total += (y[j] - t[b][j]) * (y[j] - t[b][j]) / y.length;
                }
            }
        }
        return total / x.length;
    }
}
