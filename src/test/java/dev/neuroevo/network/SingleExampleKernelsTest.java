package dev.neuroevo.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.neuroevo.random.SplitMix64;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The single-example kernels must give the same bits as before for every network, since runs and
 * their metrics must not change: the invoker against the textbook sums in the order the invoker
 * has always added them ({@link #reference}), and the fused layer against the batch kernel, over random shapes (widths on both sides of every special case, several
 * hidden layers, every activation) and random weights and inputs, some of them zeros, signed zeros,
 * infinities and NaN.
 */
class SingleExampleKernelsTest {
    private static final Activation[] ACTIVATIONS = Activation.values();
    /** The widths the invoker passes as constants, and others around them. */
    private static final int[] WIDTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 24, 31, 32, 33, 64, 65};
    private static final int[][] USUAL = {{4, 16, 2}, {8, 64, 64, 4}, {2, 16, 3}, {6, 16, 3}, {3, 16, 1},
        {8, 64, 4}, {4, 32, 32, 2}, {24, 64, 4}};

    @Test
    void invokerMatchesTheTextbookSumsBitForBit() {
        SplitMix64 rng = new SplitMix64(21);
        for (int net = 0; net < 3000; net++) {
            int[] sizes = net < USUAL.length * 10 ? USUAL[net % USUAL.length] : randomSizes(rng);
            Activation[] acts = new Activation[sizes.length - 1];
            for (int l = 0; l < acts.length; l++) {
                acts[l] = ACTIVATIONS[rng.nextInt(ACTIVATIONS.length)];
            }
            NetworkSpec spec = new NetworkSpec(sizes, acts, Head.ARGMAX);
            NetworkInvoker invoker = new NetworkInvoker(spec);
            double[] w = values(rng, spec.parameterCount(), net % 7 == 0);
            for (int k = 0; k < 20; k++) {
                double[] x = values(rng, sizes[0], k % 5 == 0);
                double[] expected = reference(spec, w, x);
                double[] actual = Arrays.copyOf(invoker.forward(w, x), spec.outputs());
                assertSameBits(expected, actual, spec + " input " + Arrays.toString(x));
                assertEquals(argmax(expected), invoker.argmax(w, x), spec.toString());
            }
        }
    }

    @Test
    void fusedLayerMatchesTheBatchKernelBitForBit() {
        SplitMix64 rng = new SplitMix64(4);
        for (int n = 0; n < 5000; n++) {
            int nIn = 1 + rng.nextInt(FusedLayer.MAX_INPUTS);
            int nOut = WIDTHS[rng.nextInt(WIDTHS.length)];
            Activation act = ACTIVATIONS[rng.nextInt(ACTIVATIONS.length)];
            int off = rng.nextInt(5);
            double[] w = values(rng, off + nIn * nOut + nOut, n % 7 == 0);
            double[] x = values(rng, nIn, n % 5 == 0);
            double[] expected = new double[nOut];
            LayerKernels.forward(w, off, nIn, nOut, x, expected, 1, 1);
            act.applyInPlace(expected, nOut);
            double[] actual = new double[nOut];
            FusedLayer.forward(w, off, x, nIn, actual, nOut, act);
            assertSameBits(expected, actual, nIn + "-" + nOut + " " + act);
        }
    }

    /**
     * The SIMD layer against the fused one, for its input counts and widths of one to sixteen
     * vectors. The test JVM has the Vector API (the pom passes conf/spark-defaults.conf's options),
     * so the invoker test above ran through SimdLayer too; this checks that it is switched on.
     */
    @Test
    void simdLayerMatchesTheFusedLayerBitForBit() {
        assertTrue(NetworkInvoker.SIMD, "the invoker does not use SimdLayer in this JVM");
        SplitMix64 rng = new SplitMix64(17);
        for (int n = 0; n < 5000; n++) {
            int nIn = 4 * (1 + rng.nextInt(2));
            int nOut = SimdLayer.LANES * (1 + rng.nextInt(16));
            Activation act = ACTIVATIONS[rng.nextInt(ACTIVATIONS.length)];
            int off = rng.nextInt(5);
            double[] w = values(rng, off + nIn * nOut + nOut, n % 7 == 0);
            double[] x = values(rng, nIn, n % 5 == 0);
            double[] expected = new double[nOut];
            FusedLayer.forward(w, off, x, nIn, expected, nOut, act);
            double[] actual = new double[nOut];
            SimdLayer.forward(w, off, x, nIn, actual, nOut, act);
            assertSameBits(expected, actual, nIn + "-" + nOut + " " + act);
        }
    }

    /**
     * Each output's sum written out plainly, in the order the invoker adds: a layer of at most four
     * outputs as the bias plus its even inputs' products, added to 0 plus its odd inputs' products;
     * a wider one as the bias, plus each group of four inputs' products summed left to right, plus
     * the remaining inputs' products one at a time. Then the layer's activation.
     */
    private static double[] reference(NetworkSpec spec, double[] w, double[] input) {
        int[] sizes = spec.sizes();
        double[] x = input;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            int off = spec.offset(l);
            double[] y = new double[nOut];
            for (int j = 0; j < nOut; j++) {
                double bias = w[off + nIn * nOut + j];
                if (nOut <= 4) {
                    double even = bias;
                    double odd = 0;
                    for (int i = 0; i < nIn; i++) {
                        if (i % 2 == 0) {
                            even += w[off + i * nOut + j] * x[i];
                        } else {
                            odd += w[off + i * nOut + j] * x[i];
                        }
                    }
                    y[j] = even + odd;
                } else {
                    double sum = bias;
                    int i = 0;
                    for (; i + 3 < nIn; i += 4) {
                        sum += w[off + i * nOut + j] * x[i] + w[off + (i + 1) * nOut + j] * x[i + 1]
                                + w[off + (i + 2) * nOut + j] * x[i + 2] + w[off + (i + 3) * nOut + j] * x[i + 3];
                    }
                    for (; i < nIn; i++) {
                        sum += w[off + i * nOut + j] * x[i];
                    }
                    y[j] = sum;
                }
            }
            spec.activations()[l].applyInPlace(y, nOut);
            x = y;
        }
        return x;
    }

    /** The first index of the largest value, as the argmax head picks. */
    private static int argmax(double[] y) {
        int best = 0;
        for (int j = 1; j < y.length; j++) {
            if (y[j] > y[best]) {
                best = j;
            }
        }
        return best;
    }

    private static int[] randomSizes(SplitMix64 rng) {
        int[] sizes = new int[2 + rng.nextInt(4)];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = WIDTHS[rng.nextInt(WIDTHS.length)];
        }
        return sizes;
    }

    /** Gaussians of mixed scales; with {@code special}, some zeros of either sign, infinities and NaN. */
    private static double[] values(SplitMix64 rng, int n, boolean special) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian() * Math.pow(10, rng.nextInt(5) - 2);
            if (special && rng.nextInt(8) == 0) {
                double[] odd = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e300};
                v[i] = odd[rng.nextInt(odd.length)];
            }
        }
        return v;
    }

    /**
     * Raw bits must match, except that any NaN matches any NaN: Java leaves a NaN's payload to the
     * hardware, which may keep either operand's.
     */
    private static void assertSameBits(double[] expected, double[] actual, String what) {
        for (int j = 0; j < expected.length; j++) {
            boolean same = Double.isNaN(expected[j]) ? Double.isNaN(actual[j])
                    : Double.doubleToRawLongBits(expected[j]) == Double.doubleToRawLongBits(actual[j]);
            if (!same) {
                fail(what + ": output " + j + " was " + actual[j] + ", expected " + expected[j]);
            }
        }
    }
}
