package dev.neuroevo.network;

import dev.neuroevo.random.SplitMix64;
import java.util.Locale;
import org.ojalgo.concurrent.Parallelism;
import org.ojalgo.matrix.operation.MultiplyNeither;
import org.ojalgo.matrix.store.R064Store;

/**
 * Not a test: times an epoch's worth of backpropagation steps of jobs/fashion-mnist-sgd.conf's
 * network (784-256-10, batches of 128, 55,000 rows: 430 steps) to set against the epoch's wall time,
 * and the first layer's forward product by the plain loop and by ojAlgo on one thread (a Spark task's
 * core). Run with {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * dev.neuroevo.network.BackpropBench}.
 */
public final class BackpropBench {
    private BackpropBench() {
    }

    public static void main(String[] args) {
        NetworkSpec spec = NetworkSpec.of(784, new int[] {256}, 10, Activation.RELU, Activation.LINEAR, Head.ARGMAX);
        int batch = 128;
        int steps = 430;
        SplitMix64 rng = new SplitMix64(1);
        double[] w = new double[spec.parameterCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.05 * rng.nextGaussian();
        }
        Backprop bp = new Backprop(spec, batch);
        for (int i = 0; i < bp.input().length; i++) {
            bp.input()[i] = rng.nextGaussian();
        }
        for (int b = 0; b < batch; b++) {
            bp.target()[rng.nextInt(10) * batch + b] = 1;
        }
        double[] grad = new double[w.length];
        Loss loss = new SoftmaxCrossEntropy();
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                bp.gradient(w, loss, batch, grad);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "backprop: %d steps in %.2f s (%.2f ms a step)%n", steps, seconds,
                    1e3 * seconds / steps);
        }
        double[] out = new double[batch * 256];
        R064Store in = R064Store.FACTORY.make(batch, 784);
        System.arraycopy(bp.input(), 0, in.data, 0, in.data.length);
        R064Store weights = R064Store.FACTORY.make(784, 256);
        R064Store product = R064Store.FACTORY.make(batch, 256);
        MultiplyNeither.PARALLELISM = Parallelism.ONE;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                LayerKernels.forward(w, 0, 784, 256, bp.input(), out, batch, batch);
            }
            long t1 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                product.fillByMultiplying(in, weights);
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "784x256 forward product, %d batches: loop %.2f s, ojAlgo (1 thread) %.2f s%n",
                    steps, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }
}
