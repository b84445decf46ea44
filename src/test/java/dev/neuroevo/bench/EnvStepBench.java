package dev.neuroevo.bench;

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

/** One environment step with a simple balancing controller; resets when an episode ends. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnvStepBench {
    private Environment env;
    private long episode;

    @Setup
    public void setup() {
        env = Environments.make("CartPole-v1");
        env.reset(episode++);
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
}
