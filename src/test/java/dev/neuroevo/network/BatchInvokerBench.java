package dev.neuroevo.network;

import dev.neuroevo.random.SplitMix64;
import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test: times a batched forward pass through the plain loop and through ojAlgo (one thread)
 * for the shapes the jobs use (and ojAlgo on two threads), to place {@link BatchInvoker#OJALGO_FROM}. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) dev.neuroevo.network.BatchInvokerBench}.
 */
public final class BatchInvokerBench {
    private BatchInvokerBench() {
    }

    public static void main(String[] args) {
        int[][] shapes = {{64, 10}, {64, 32, 10}, {784, 10}, {784, 64, 10}, {784, 100, 10}};
        SplitMix64 rng = new SplitMix64(1);
        for (int[] shape : shapes) {
            for (int batch : new int[] {64, 256, 1024}) {
                NetworkSpec spec = NetworkSpec.of(shape[0], Arrays.copyOfRange(shape, 1, shape.length - 1),
                        shape[shape.length - 1], Activation.RELU, Activation.LINEAR, Head.ARGMAX);
                double[] w = new double[spec.parameterCount()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = 0.1 * rng.nextGaussian();
                }
                long macs = 0;
                for (int l = 0; l + 1 < shape.length; l++) {
                    macs += (long) batch * shape[l] * shape[l + 1];
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s batch %4d, %9d MACs:",
                        Arrays.toString(shape), batch, macs));
                for (int variant = 0; variant < 3; variant++) {
                    int threads = variant == 2 ? 2 : 1;
                    BatchInvoker net = new BatchInvoker(spec, batch, threads, variant == 0 ? Long.MAX_VALUE : 0);
                    double[] x = net.input();
                    for (int i = 0; i < x.length; i++) {
                        x[i] = rng.nextGaussian();
                    }
                    double sink = 0;
                    double micros = 0;
                    for (int round = 0; round < 3; round++) {
                        long t0 = System.nanoTime();
                        int reps = 0;
                        while (System.nanoTime() - t0 < 300_000_000L) {
                            sink += net.forward(w, batch)[0];
                            reps++;
                        }
                        micros = (System.nanoTime() - t0) / 1e3 / reps;
                    }
                    line.append(String.format(Locale.ROOT, "  %s %8.1f us (%4.1f GFLOP/s)%s",
                            variant == 0 ? "loop" : "ojAlgo/" + threads, micros, 2 * macs / micros / 1e3,
                            sink == 42 ? "!" : ""));
                }
                System.out.println(line);
            }
        }
    }
}
