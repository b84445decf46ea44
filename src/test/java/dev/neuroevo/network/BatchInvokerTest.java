package dev.neuroevo.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuroevo.random.SplitMix64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchInvokerTest {

    /** Both the plain loop (threshold above any layer) and ojAlgo (threshold 0) match the one-example invoker. */
    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, 0})
    void batchMatchesOneExampleAtATime(long ojAlgoFrom) {
        NetworkSpec spec = NetworkSpec.of(7, new int[] {5, 6}, 3, Activation.TANH, Activation.LINEAR, Head.ARGMAX);
        SplitMix64 rng = new SplitMix64(42);
        double[] w = new double[spec.parameterCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
        }
        int capacity = 9;
        int count = 6;
        BatchInvoker batch = new BatchInvoker(spec, capacity, 1, ojAlgoFrom);
        NetworkInvoker single = new NetworkInvoker(spec);
        double[][] rows = new double[count][7];
        for (int b = 0; b < count; b++) {
            for (int i = 0; i < 7; i++) {
                rows[b][i] = rng.nextGaussian();
                batch.input()[i * capacity + b] = rows[b][i];
            }
        }
        for (int round = 0; round < 2; round++) {
            double[] out = batch.forward(w, count);
            for (int b = 0; b < count; b++) {
                double[] expected = single.forward(w, rows[b]);
                double[] got = new double[3];
                for (int j = 0; j < 3; j++) {
                    got[j] = out[j * capacity + b];
                }
                assertArrayEquals(java.util.Arrays.copyOf(expected, 3), got, 1e-12, "example " + b);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, 0})
    void networkWithoutHiddenLayersIsAffine(long ojAlgoFrom) {
        NetworkSpec spec = NetworkSpec.of(2, new int[0], 2, Activation.RELU, Activation.LINEAR, Head.ARGMAX);
        // W = [[1, 2], [3, 4]] as [in][out], biases (10, 20)
        double[] w = {1, 2, 3, 4, 10, 20};
        BatchInvoker batch = new BatchInvoker(spec, 2, 1, ojAlgoFrom);
        batch.input()[0] = 1;
        batch.input()[1] = -1;
        batch.input()[2] = 2;
        batch.input()[3] = 0;
        double[] out = batch.forward(w, 2);
        assertEquals(10 + 1 + 6, out[0], 1e-12);
        assertEquals(10 - 1, out[1], 1e-12);
        assertEquals(20 + 2 + 8, out[2], 1e-12);
        assertEquals(20 - 2, out[3], 1e-12);
    }
}
