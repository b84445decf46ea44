package dev.neuroevo.network;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FusedLayer} with one SIMD lane per output, {@link #LANES} outputs a vector: each lane does
 * exactly FusedLayer's operations on its output in the same order, a multiply and then an add
 * (never a fused multiply-add, which rounds once), so the results are the same bits. Four outputs
 * share one instruction where FusedLayer spends one each (CartPole's 4-16-2 forward pass: about a
 * third less time, {@code ForwardBench}). Needs the incubator module {@code jdk.incubator.vector},
 * which conf/spark-defaults.conf adds to every JVM; {@link NetworkInvoker} uses FusedLayer where it
 * is missing.
 */
final class SimdLayer {
    static final int LANES = 4;
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

    private SimdLayer() {
    }

    /**
     * Whether the CPU has 256-bit vectors: on a narrower one the API computes lane by lane in Java,
     * far slower than FusedLayer.
     */
    static boolean native256() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= S.vectorBitSize();
    }

    /**
     * out[j] = act(bias[j] + sum_i W[i][j] x[i]) for j < nOut, nOut a multiple of {@link #LANES} and
     * nIn at most {@link FusedLayer#MAX_INPUTS}; meant to be inlined with both constants.
     */
    static void forward(double[] w, int off, double[] x, int nIn, double[] out, int nOut, Activation act) {
        double x0 = x[0];
        double x1 = nIn > 1 ? x[1] : 0;
        double x2 = nIn > 2 ? x[2] : 0;
        double x3 = nIn > 3 ? x[3] : 0;
        double x4 = nIn > 4 ? x[4] : 0;
        double x5 = nIn > 5 ? x[5] : 0;
        double x6 = nIn > 6 ? x[6] : 0;
        double x7 = nIn > 7 ? x[7] : 0;
        DoubleVector zero = DoubleVector.zero(S);
        for (int j = 0; j < nOut; j += LANES) {
            DoubleVector s = sum(w, off, nIn, nOut, j, x0, x1, x2, x3, x4, x5, x6, x7);
            if (act == Activation.RELU) {
                // Lanes not above zero, NaN included, take +0.0, as Activation.relu gives.
                s = zero.blend(s, s.compare(VectorOperators.GT, 0.0));
            }
            s.intoArray(out, j);
        }
        if (act == Activation.TANH || act == Activation.SIGMOID) {
            // The API's tanh and exp are not the bits of Math's.
            act.applyInPlace(out, nOut);
        }
    }

    /**
     * Outputs j to j + LANES before their activation, in {@link FusedLayer}'s order. Small methods,
     * so that each inlines: a vector returned from a call that is not inlined is an object.
     */
    private static DoubleVector sum(double[] w, int off, int nIn, int n, int j, double x0, double x1, double x2,
                                    double x3, double x4, double x5, double x6, double x7) {
        DoubleVector s = row(w, off + nIn * n + j);
        int c = off + j;
        if (nIn < 4) {
            return singles(s, w, c, n, nIn, x0, x1, x2);
        }
        s = s.add(group(w, c, n, x0, x1, x2, x3));
        if (nIn == 8) {
            return s.add(group(w, c + 4 * n, n, x4, x5, x6, x7));
        }
        return singles(s, w, c + 4 * n, n, nIn - 4, x4, x5, x6);
    }

    /** s plus the first k of three inputs, one at a time. */
    private static DoubleVector singles(DoubleVector s, double[] w, int c, int n, int k, double a, double b,
                                        double d) {
        if (k > 0) {
            s = s.add(row(w, c).mul(a));
        }
        if (k > 1) {
            s = s.add(row(w, c + n).mul(b));
        }
        if (k > 2) {
            s = s.add(row(w, c + 2 * n).mul(d));
        }
        return s;
    }

    /** Four inputs summed left to right. */
    private static DoubleVector group(double[] w, int c, int n, double a, double b, double d, double e) {
        return row(w, c).mul(a).add(row(w, c + n).mul(b)).add(row(w, c + 2 * n).mul(d)).add(row(w, c + 3 * n).mul(e));
    }

    private static DoubleVector row(double[] w, int at) {
        return DoubleVector.fromArray(S, w, at);
    }
}
