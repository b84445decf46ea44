package dev.neuroevo.bench;

import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.network.PreviousInvoker;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Environments;
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

/**
 * The single-example kernels against the invoker before them ({@link PreviousInvoker}) in one run,
 * so that the load of a shared machine weighs on both alike: a CartPole step with its action from
 * the 4-16-2 policy of {@link EnvStepBench}, and a forward pass with its argmax at batch 1 for the
 * usual small shapes, set up as in {@link ForwardBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBench {
    private final Environment env = Environments.make("CartPole-v1");
    private long episode;
    private final double[] policyWeights = BalancingNetwork.weights(7, 0.5, 0.01);
    private final NetworkInvoker policy = new NetworkInvoker(BalancingNetwork.SPEC);
    private final PreviousInvoker previousPolicy = new PreviousInvoker(BalancingNetwork.SPEC);

    @Setup
    public void setup() {
        env.reset(episode++);
    }

    @Benchmark
    public double cartPoleStepWithPolicy() {
        env.step(policy.argmax(policyWeights, env.observation()));
        return endEpisode();
    }

    @Benchmark
    public double cartPoleStepWithPolicyPrevious() {
        env.step(previousPolicy.argmax(policyWeights, env.observation()));
        return endEpisode();
    }

    private double endEpisode() {
        if (env.terminated() || env.truncated()) {
            env.reset(episode++);
        }
        return env.reward();
    }

    @Benchmark
    public int forward(Network n) {
        return n.invoker.argmax(n.weights, n.input);
    }

    @Benchmark
    public int forwardPrevious(Network n) {
        return n.previous.argmax(n.weights, n.input);
    }

    /** A relu network with a linear output layer, weights 0.1 N(0, 1) and one Gaussian input. */
    @State(Scope.Thread)
    public static class Network {
        @Param({"4-16-2", "8-64-64-4", "2-16-3", "6-16-3", "3-16-1"})
        public String shape;

        NetworkInvoker invoker;
        PreviousInvoker previous;
        double[] weights;
        double[] input;

        @Setup
        public void setup() {
            int[] sizes = Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
            NetworkSpec spec = NetworkSpec.of(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length - 1),
                    sizes[sizes.length - 1], Activation.RELU, Activation.LINEAR, Head.ARGMAX);
            invoker = new NetworkInvoker(spec);
            previous = new PreviousInvoker(spec);
            SplitMix64 rng = new SplitMix64(1);
            weights = new double[spec.parameterCount()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 0.1 * rng.nextGaussian();
            }
            input = new double[sizes[0]];
            for (int i = 0; i < input.length; i++) {
                input[i] = rng.nextGaussian();
            }
        }
    }
}
