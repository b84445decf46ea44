package dev.neuroevo.task.box2d;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Environments;
import java.lang.management.ManagementFactory;

/**
 * Steps per second of LunarLander on one thread, with uniformly random actions (short flights that
 * mostly crash) and with Gymnasium's heuristic (landings, where ground contacts make the solver
 * work): wall clock, per second of the thread's CPU time (which a busy machine disturbs less), and
 * bytes the thread allocates per step and per episode, resets included. A measurement, not a test:
 * {@code java -cp target/classes:target/test-classes:<jbox2d jar> dev.neuroevo.task.box2d.LunarLanderSpeed [steps]}.
 */
public final class LunarLanderSpeed {
    private LunarLanderSpeed() {
    }

    public static void main(String[] args) {
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        for (String id : new String[] {"LunarLander-v3", "LunarLanderContinuous-v3"}) {
            for (boolean heuristic : new boolean[] {false, true}) {
                run(id, heuristic, steps / 4);
                run(id, heuristic, steps);
            }
        }
    }

    private static void run(String id, boolean heuristic, long steps) {
        Environment env = Environments.make(id);
        boolean discrete = env.spec().actionSpace().isDiscrete();
        SplitMix64 random = new SplitMix64(1);
        double[] action = new double[2];
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long episodes = 1;
        double[] obs = env.reset(0);
        long bytes0 = threads.getThreadAllocatedBytes(thread);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (long i = 0; i < steps; i++) {
            if (discrete) {
                env.step(heuristic ? LunarLanderHeuristic.discrete(obs) : random.nextInt(4));
            } else {
                if (heuristic) {
                    LunarLanderHeuristic.continuous(obs, action);
                } else {
                    action[0] = random.uniform(-1, 1);
                    action[1] = random.uniform(-1, 1);
                }
                env.step(action);
            }
            if (env.terminated() || env.truncated()) {
                env.reset(episodes++);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long bytes = threads.getThreadAllocatedBytes(thread) - bytes0;
        System.out.printf("%s %s: %d steps, %d episodes, %.2f s, %.0f steps/s (%.0f per CPU second),"
                + " %.0f bytes/step, %.0f bytes/episode%n", id, heuristic ? "heuristic" : "random", steps, episodes,
                seconds, steps / seconds, steps / cpuSeconds, (double) bytes / steps, (double) bytes / episodes);
    }
}
