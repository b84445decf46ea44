package dev.neuroevo.bench;

import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Forward passes of the project's invoker against a plain-loop reference written here, for the
 * network shapes of the performance issue, one input at a time and 256 at a time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForwardBench {
    @Param({"4-16-2", "2-16-3", "6-16-3", "3-16-1", "8-64-64-4", "784-100-10"})
    public String shape;

    @Param({"1", "256"})
    public int batch;

    private NetworkSpec spec;
    private NetworkInvoker invoker;
    private double[] weights;
    private double[][] inputs;
    private double[] ref1;
    private double[] ref2;

    @Setup
    public void setup() {
        int[] sizes = Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
        int[] hidden = Arrays.copyOfRange(sizes, 1, sizes.length - 1);
        spec = NetworkSpec.of(sizes[0], hidden, sizes[sizes.length - 1], Activation.RELU, Activation.LINEAR,
                Head.ARGMAX);
        invoker = new NetworkInvoker(spec);
        SplitMix64 rng = new SplitMix64(1);
        weights = new double[spec.parameterCount()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.1 * rng.nextGaussian();
        }
        inputs = new double[batch][sizes[0]];
        for (double[] x : inputs) {
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextGaussian();
            }
        }
        ref1 = new double[spec.widest()];
        ref2 = new double[spec.widest()];
    }

    @Benchmark
    public void invoker(Blackhole bh) {
        for (double[] x : inputs) {
            bh.consume(invoker.argmax(weights, x));
        }
    }

    @Benchmark
    public void plainLoop(Blackhole bh) {
        for (double[] x : inputs) {
            bh.consume(reference(x));
        }
    }

    /** The textbook loop: each output a dot product over its inputs, relu between layers. */
    private int reference(double[] x) {
        int[] sizes = spec.sizes();
        double[] in = x;
        double[] out = ref1;
        int off = 0;
        for (int l = 0; l < sizes.length - 1; l++) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            int bias = off + nIn * nOut;
            for (int j = 0; j < nOut; j++) {
                double s = weights[bias + j];
                for (int i = 0; i < nIn; i++) {
                    s += weights[off + i * nOut + j] * in[i];
                }
                out[j] = l < sizes.length - 2 && s < 0 ? 0 : s;
            }
            off = bias + nOut;
            in = out;
            out = out == ref1 ? ref2 : ref1;
        }
        int best = 0;
        for (int j = 1; j < sizes[sizes.length - 1]; j++) {
            if (in[j] > in[best]) {
                best = j;
            }
        }
        return best;
    }
}
