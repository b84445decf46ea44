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
 * Whether lock-step batching pays for CartPole: an individual's 15 episodes played one after the
 * other through the project's invoker, against the same 15 advanced together (16 lanes, batch
 * innermost so the loops run along the batch) through one batched 4-16-2 forward pass per step.
 * Each op is 15 episodes for each of 16 {@link BalancingNetwork}s (seeds 0-15); divide by
 * {@link #steps} (printed at setup) for the time per environment step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LockStepBench {
    private static final int EPISODES = 15;
    private static final int LANES = 16;
    private static final int HIDDEN = 16;

    private final NetworkInvoker invoker = new NetworkInvoker(BalancingNetwork.SPEC);
    private final double[][] mutants = new double[16][];
    private final Environment[] envs = new Environment[LANES];
    private final double[] x = new double[4 * LANES];
    private final double[] h = new double[HIDDEN * LANES];
    private final double[] o = new double[2 * LANES];
    private final double[] odd = new double[LANES];
    private final boolean[] live = new boolean[LANES];
    public long steps;

    @Setup
    public void setup() {
        for (int b = 0; b < LANES; b++) {
            envs[b] = Environments.make("CartPole-v1");
        }
        for (int m = 0; m < mutants.length; m++) {
            mutants[m] = BalancingNetwork.weights(m, 0.3, 0.3);
        }
        steps = sequential();
        if (steps != lockStep()) {
            throw new IllegalStateException("the two ways must play the same episodes");
        }
        System.out.println("environment steps per op: " + steps);
    }

    @Benchmark
    public long sequential() {
        long n = 0;
        Environment env = envs[0];
        for (int m = 0; m < mutants.length; m++) {
            for (int e = 0; e < EPISODES; e++) {
                double[] obs = env.reset(m * 100L + e);
                while (true) {
                    env.step(invoker.argmax(mutants[m], obs));
                    if (env.terminated() || env.truncated()) {
                        break;
                    }
                }
                n += env.elapsedSteps();
            }
        }
        return n;
    }

    @Benchmark
    public long lockStep() {
        long n = 0;
        for (int m = 0; m < mutants.length; m++) {
            double[] w = mutants[m];
            int alive = 0;
            for (int b = 0; b < LANES; b++) {
                live[b] = b < EPISODES;
                if (live[b]) {
                    gather(b, envs[b].reset(m * 100L + b));
                    alive++;
                }
            }
            while (alive > 0) {
                forward(w);
                for (int b = 0; b < LANES; b++) {
                    if (!live[b]) {
                        continue;
                    }
                    Environment env = envs[b];
                    env.step(o[LANES + b] > o[b] ? 1 : 0);
                    if (env.terminated() || env.truncated()) {
                        live[b] = false;
                        alive--;
                        n += env.elapsedSteps();
                    } else {
                        gather(b, env.observation());
                    }
                }
            }
        }
        return n;
    }

    private void gather(int b, double[] obs) {
        for (int i = 0; i < 4; i++) {
            x[i * LANES + b] = obs[i];
        }
    }

    /** The 4-16-2 pass for all lanes: each weight is loaded once per step and applied along the batch. */
    private void forward(double[] w) {
        for (int j = 0; j < HIDDEN; j++) {
            double bias = w[64 + j];
            double w0 = w[j];
            double w1 = w[HIDDEN + j];
            double w2 = w[2 * HIDDEN + j];
            double w3 = w[3 * HIDDEN + j];
            int row = j * LANES;
            for (int b = 0; b < LANES; b++) {
                double v = bias + (w0 * x[b] + w1 * x[LANES + b] + w2 * x[2 * LANES + b] + w3 * x[3 * LANES + b]);
                h[row + b] = v > 0 ? v : 0;
            }
        }
        // The output layer adds even and odd hidden units apart, in the invoker's order, so both
        // ways compute the same bits and play the same episodes.
        for (int k = 0; k < 2; k++) {
            double bias = w[112 + k];
            int out = k * LANES;
            for (int b = 0; b < LANES; b++) {
                o[out + b] = bias;
                odd[b] = 0;
            }
            for (int j = 0; j < HIDDEN; j += 2) {
                double even = w[80 + j * 2 + k];
                double next = w[82 + j * 2 + k];
                int row = j * LANES;
                for (int b = 0; b < LANES; b++) {
                    o[out + b] += even * h[row + b];
                    odd[b] += next * h[row + LANES + b];
                }
            }
            for (int b = 0; b < LANES; b++) {
                o[out + b] += odd[b];
            }
        }
    }
}
