package dev.neuroevo.bench;

import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Environments;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One environment step with a simple balancing controller, and one step as a rollout takes it (the
 * action from a 4-16-2 relu network's forward pass); both reset when an episode ends.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnvStepBench {
    private Environment env;
    private long episode;
    private final NetworkInvoker policy = new NetworkInvoker(
            NetworkSpec.of(4, new int[] {16}, 2, Activation.RELU, Activation.LINEAR, Head.ARGMAX));
    private final double[] weights = new double[policy.spec().parameterCount()];

    @Setup
    public void setup() {
        env = Environments.make("CartPole-v1");
        env.reset(episode++);
        // Hidden units 0 and 1 carry the controller below (relu of +-(theta + 0.3 omega), output 1
        // minus output 0 = their difference); the other 14 are random and weakly wired to the
        // outputs, so the relu pattern changes from step to step as in a trained network.
        SplitMix64 rng = new SplitMix64(7);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i < 80 ? 0.5 : 0.01) * rng.nextGaussian();
        }
        for (int i = 0; i < 4; i++) {
            double c = i == 2 ? 1 : i == 3 ? 0.3 : 0;
            weights[i * 16] = c;
            weights[i * 16 + 1] = -c;
        }
        weights[64] = 0;
        weights[65] = 0;
        weights[80] = -1;
        weights[81] = 1;
        weights[82] = 1;
        weights[83] = -1;
    }

    @Benchmark
    public double cartPoleStep() {
        double[] o = env.observation();
        env.step(o[2] + 0.3 * o[3] > 0 ? 1 : 0);
        if (env.terminated() || env.truncated()) {
            env.reset(episode++);
        }
        return env.reward();
    }

    @Benchmark
    public double cartPoleStepWithPolicy() {
        env.step(policy.argmax(weights, env.observation()));
        if (env.terminated() || env.truncated()) {
            env.reset(episode++);
        }
        return env.reward();
    }
}
