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
     * Whether this kernel computes a layer of these widths: a multiple of {@link #LANES} outputs and
     * 4 or 8 inputs. Only these two counts: where the JIT compiles a kernel with nIn unknown, a vector
     * merged from two branches loses its type and every operation on it becomes a call (two to four
     * times FusedLayer's time, 2-16-3 and 6-16-3 in ForwardBench), so no vector here crosses a branch.
     */
    static boolean takes(int nIn, int nOut) {
        return nOut % LANES == 0 && (nIn == 4 || nIn == 8);
    }

    /**
     * out[j] = act(bias[j] + sum_i W[i][j] x[i]) for j < nOut, widths that {@link #takes}: the bias
     * plus a group of four inputs summed left to right, plus a second group.
     */
    static void forward(double[] w, int off, double[] x, int nIn, double[] out, int nOut, Activation act) {
        if (nIn == 4) {
            four(w, off, x, out, nOut, act);
        } else {
            eight(w, off, x, out, nOut, act);
        }
        if (act == Activation.TANH || act == Activation.SIGMOID) {
            // The API's tanh and exp are not the bits of Math's.
            act.applyInPlace(out, nOut);
        }
    }

    // Each input and zero broadcast once, before the loop: a broadcast inside it (a multiply by a
    // double, a compare with 0.0) was sometimes left as a call that allocates, in 4-16-2's forward
    // pass eight times slower, and in a rollout 40% slower than FusedLayer.

    private static void four(double[] w, int off, double[] x, double[] out, int n, Activation act) {
        DoubleVector x0 = DoubleVector.broadcast(S, x[0]);
        DoubleVector x1 = DoubleVector.broadcast(S, x[1]);
        DoubleVector x2 = DoubleVector.broadcast(S, x[2]);
        DoubleVector x3 = DoubleVector.broadcast(S, x[3]);
        DoubleVector zero = DoubleVector.zero(S);
        for (int j = 0; j < n; j += LANES) {
            int c = off + j;
            store(row(w, off + 4 * n + j).add(group(w, c, n, x0, x1, x2, x3)), zero, out, j, act);
        }
    }

    private static void eight(double[] w, int off, double[] x, double[] out, int n, Activation act) {
        DoubleVector x0 = DoubleVector.broadcast(S, x[0]);
        DoubleVector x1 = DoubleVector.broadcast(S, x[1]);
        DoubleVector x2 = DoubleVector.broadcast(S, x[2]);
        DoubleVector x3 = DoubleVector.broadcast(S, x[3]);
        DoubleVector x4 = DoubleVector.broadcast(S, x[4]);
        DoubleVector x5 = DoubleVector.broadcast(S, x[5]);
        DoubleVector x6 = DoubleVector.broadcast(S, x[6]);
        DoubleVector x7 = DoubleVector.broadcast(S, x[7]);
        DoubleVector zero = DoubleVector.zero(S);
        for (int j = 0; j < n; j += LANES) {
            int c = off + j;
            store(row(w, off + 8 * n + j).add(group(w, c, n, x0, x1, x2, x3)).add(group(w, c + 4 * n, n, x4, x5, x6, x7)),
                    zero, out, j, act);
        }
    }

    private static void store(DoubleVector s, DoubleVector zero, double[] out, int j, Activation act) {
        if (act == Activation.RELU) {
            // Lanes not above zero, NaN included, take +0.0, as Activation.relu gives.
            zero.blend(s, s.compare(VectorOperators.GT, zero)).intoArray(out, j);
        } else {
            s.intoArray(out, j);
        }
    }

    /** Four inputs' products summed left to right, input i's weights from c + i * n. */
    private static DoubleVector group(double[] w, int c, int n, DoubleVector a, DoubleVector b, DoubleVector d,
                                      DoubleVector e) {
        return row(w, c).mul(a).add(row(w, c + n).mul(b)).add(row(w, c + 2 * n).mul(d)).add(row(w, c + 3 * n).mul(e));
    }

    private static DoubleVector row(double[] w, int at) {
        return DoubleVector.fromArray(S, w, at);
    }
}
