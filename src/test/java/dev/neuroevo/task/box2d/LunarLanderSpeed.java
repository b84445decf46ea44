package dev.neuroevo.task.box2d;

import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Environments;
import java.lang.management.ManagementFactory;

/**
 * Steps per second of LunarLander with uniformly random actions on one thread (wall clock, and per
 * second of the thread's CPU time, which a busy machine disturbs less), and the bytes the thread
 * allocates per step (resets included). A measurement, not a test: run it by hand with
 * {@code java -cp target/classes:target/test-classes:<jbox2d jar> dev.neuroevo.task.box2d.LunarLanderSpeed [steps]}.
 */
public final class LunarLanderSpeed {
    private LunarLanderSpeed() {
    }

    public static void main(String[] args) {
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        for (String id : new String[] {"LunarLander-v3", "LunarLanderContinuous-v3"}) {
            run(id, steps / 4);
            run(id, steps);
        }
    }

    private static void run(String id, long steps) {
        Environment env = Environments.make(id);
        boolean discrete = env.spec().actionSpace().isDiscrete();
        SplitMix64 policy = new SplitMix64(1);
        double[] action = new double[2];
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long episodes = 1;
        env.reset(0);
        long bytes0 = threads.getThreadAllocatedBytes(thread);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (long i = 0; i < steps; i++) {
            if (discrete) {
                env.step(policy.nextInt(4));
            } else {
                action[0] = policy.uniform(-1, 1);
                action[1] = policy.uniform(-1, 1);
                env.step(action);
            }
            if (env.terminated() || env.truncated()) {
                env.reset(episodes++);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long bytes = threads.getThreadAllocatedBytes(thread) - bytes0;
        System.out.printf("%s: %d steps, %d episodes, %.2f s, %.0f steps/s (%.0f per CPU second), %.0f bytes/step,"
                + " %.0f bytes/episode%n", id, steps, episodes, seconds, steps / seconds, steps / cpuSeconds,
                (double) bytes / steps, (double) bytes / episodes);
    }
}
