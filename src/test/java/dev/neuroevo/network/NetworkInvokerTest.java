package dev.neuroevo.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.random.SplitMix64;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NetworkInvokerTest {

    @Test
    void forwardMatchesHandComputation() {
        // 2 inputs -> 2 hidden (relu) -> 1 output (linear); weights [in][out] then biases.
        NetworkSpec spec = new NetworkSpec(new int[] {2, 2, 1}, new Activation[] {Activation.RELU, Activation.LINEAR},
                Head.TANH);
        double[] w = {
            1, -1,   // input 0 -> hidden 0, 1
            2, 0.5,  // input 1 -> hidden 0, 1
            0.1, -3, // hidden biases
            2,       // hidden 0 -> out
            -1,      // hidden 1 -> out
            0.25     // out bias
        };
        assertEquals(9, spec.parameterCount());
        NetworkInvoker net = new NetworkInvoker(spec);
        double[] x = {0.5, 1.5};
        double h0 = Math.max(0, 1 * 0.5 + 2 * 1.5 + 0.1);
        double h1 = Math.max(0, -1 * 0.5 + 0.5 * 1.5 - 3);
        double y = 2 * h0 - h1 + 0.25;
        assertEquals(y, net.forward(w, x)[0], 1e-12);
        double[] action = new double[1];
        net.tanh(w, x, action);
        assertEquals(Math.tanh(y), action[0], 1e-12);
    }

    @Test
    void wideAndNarrowLayersMatchTheTextbookDotProducts() {
        // Odd and even widths on both sides of the narrow/wide switch and of the four-input sweeps.
        int[][] shapes = {{4, 16, 2}, {3, 1}, {5, 3}, {7, 4, 5}, {1, 9, 1}, {6, 8, 7, 3}, {9, 2, 6}};
        SplitMix64 rng = new SplitMix64(5);
        for (int[] sizes : shapes) {
            Activation[] acts = new Activation[sizes.length - 1];
            Arrays.fill(acts, Activation.TANH);
            NetworkSpec spec = new NetworkSpec(sizes, acts, Head.ARGMAX);
            double[] w = new double[spec.parameterCount()];
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextGaussian();
            }
            double[] x = new double[sizes[0]];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextGaussian();
            }
            double[] expected = x;
            int off = 0;
            for (int l = 0; l + 1 < sizes.length; l++) {
                double[] next = new double[sizes[l + 1]];
                for (int j = 0; j < next.length; j++) {
                    double sum = w[off + sizes[l] * next.length + j];
                    for (int i = 0; i < sizes[l]; i++) {
                        sum += w[off + i * next.length + j] * expected[i];
                    }
                    next[j] = Math.tanh(sum);
                }
                off += (sizes[l] + 1) * next.length;
                expected = next;
            }
            double[] y = new NetworkInvoker(spec).forward(w, x);
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], y[j], 1e-12, Arrays.toString(sizes) + " output " + j);
            }
        }
    }

    @Test
    void activationsAndArgmaxTies() {
        NetworkSpec spec = new NetworkSpec(new int[] {1, 3}, new Activation[] {Activation.SIGMOID}, Head.ARGMAX);
        NetworkInvoker net = new NetworkInvoker(spec);
        double[] w = {1, 1, -1, 0, 0, 0};
        double[] y = net.forward(w, new double[] {2});
        assertArrayEquals(new double[] {1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(2))},
                new double[] {y[0], y[1], y[2]}, 1e-12);
        assertEquals(0, net.argmax(w, new double[] {2}), "ties go to the lowest index");
        NetworkSpec tanh = new NetworkSpec(new int[] {1, 1}, new Activation[] {Activation.TANH}, Head.ARGMAX);
        assertEquals(Math.tanh(0.7), new NetworkInvoker(tanh).forward(new double[] {1, 0.2}, new double[] {0.5})[0],
                1e-12);
    }

    @Test
    void biasMaskMarksBiasesOnly() {
        NetworkSpec spec = NetworkSpec.of(4, new int[] {16}, 2, Activation.RELU, Activation.LINEAR, Head.ARGMAX);
        boolean[] mask = spec.biasMask();
        int biases = 0;
        for (boolean b : mask) {
            biases += b ? 1 : 0;
        }
        assertEquals(18, biases);
        assertEquals(114, mask.length);
        assertTrue(mask[64] && !mask[63] && mask[113] && !mask[80]);
    }

    /**
     * Once compiled: the Vector API ({@link SimdLayer}, this network's first layer) allocates its
     * vectors until C2 has compiled the pass, which takes more calls the busier the machine, so
     * the passes are counted in rounds until one allocates nothing.
     */
    @Test
    void forwardPassAllocatesNothing() {
        NetworkSpec spec = NetworkSpec.of(8, new int[] {64, 64}, 4, Activation.TANH, Activation.LINEAR, Head.ARGMAX);
        NetworkInvoker net = new NetworkInvoker(spec);
        double[] w = new double[spec.parameterCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.sin(i);
        }
        double[] x = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8};
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int sink = 0;
        long allocated = Long.MAX_VALUE;
        for (int round = 0; round < 40 && allocated >= 1024; round++) {
            long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int i = 0; i < 100_000; i++) {
                sink += net.argmax(w, x);
            }
            allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        }
        assertTrue(allocated < 1024, "each of 40 rounds of 100,000 forward passes allocated; the last " + allocated
                + " bytes");
        assertTrue(sink >= 0);
    }
}
