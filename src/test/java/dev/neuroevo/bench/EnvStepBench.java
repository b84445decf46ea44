package dev.neuroevo.bench;

import dev.neuroevo.network.NetworkInvoker;
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
 * action from a 4-16-2 relu network's forward pass); both reset when an episode ends. Two such
 * steps of two episodes in turn show whether a rollout is bound by latency (the next step waits on
 * this one's observation), which two independent episodes would hide, or by work. Then the cost
 * of a reset: with a seed (numpy's SeedSequence and PCG64 seeding, then the start-state draws) and
 * without one (the draws alone), for CartPole, Acrobot and LunarLander (which rebuilds its Box2D
 * bodies and takes one physics step).
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
    private final Environment cartPole = Environments.make("CartPole-v1");
    private final Environment acrobot = Environments.make("Acrobot-v1");
    private final Environment lunarLander = Environments.make("LunarLander-v3");
    private long seed = 0x9E3779B97F4A7C15L;
    private final NetworkInvoker policy = new NetworkInvoker(BalancingNetwork.SPEC);
    private final double[] weights = BalancingNetwork.weights(7, 0.5, 0.01);

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

    @Benchmark
    public double cartPoleStepWithPolicy() {
        env.step(policy.argmax(weights, env.observation()));
        if (env.terminated() || env.truncated()) {
            env.reset(episode++);
        }
        return env.reward();
    }

    private Environment env2;
    private final NetworkInvoker policy2 = new NetworkInvoker(BalancingNetwork.SPEC);

    @Setup
    public void setup2() {
        env2 = Environments.make("CartPole-v1");
        env2.reset(1000 + episode++);
    }

    /** Two steps, of two episodes in turn: twice {@link #cartPoleStepWithPolicy} if the work bounds it. */
    @Benchmark
    public double cartPoleTwoStepsInterleaved() {
        env.step(policy.argmax(weights, env.observation()));
        env2.step(policy2.argmax(weights, env2.observation()));
        if (env.terminated() || env.truncated()) {
            env.reset(episode++);
        }
        if (env2.terminated() || env2.truncated()) {
            env2.reset(episode++);
        }
        return env.reward() + env2.reward();
    }

    @Benchmark
    public double cartPoleResetWithSeed() {
        return cartPole.reset(seed += 0x9E3779B97F4A7C15L)[0];
    }

    @Benchmark
    public double cartPoleReset() {
        return cartPole.reset()[0];
    }

    @Benchmark
    public double acrobotResetWithSeed() {
        return acrobot.reset(seed += 0x9E3779B97F4A7C15L)[0];
    }

    @Benchmark
    public double lunarLanderResetWithSeed() {
        return lunarLander.reset(seed += 0x9E3779B97F4A7C15L)[0];
    }
}
