package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The transitions that {@code src/test/python/classic_control_reference.py} computed with numpy
 * from Gymnasium 1.4.0's equations, and the checks every environment test shares: replaying them
 * and measuring what a run of steps allocates.
 */
final class ReferenceTransitions {
    static final double TOLERANCE = 1e-9;

    record Transition(int episode, int step, double[] before, double[] action, double[] after,
                      double[] obs, double reward, boolean terminated, boolean truncated) { }

    private ReferenceTransitions() {
    }

    static List<Transition> load(String name) {
        String resource = "/reference/" + name + ".csv";
        InputStream in = ReferenceTransitions.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",");
            int states = count(header, "before_");
            int actions = count(header, "action_");
            int observations = count(header, "obs_");
            List<Transition> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                int i = 2;
                double[] before = doubles(f, i, states);
                double[] action = doubles(f, i += states, actions);
                double[] after = doubles(f, i += actions, states);
                double[] obs = doubles(f, i += states, observations);
                i += observations;
                rows.add(new Transition(Integer.parseInt(f[0]), Integer.parseInt(f[1]), before, action, after, obs,
                        Double.parseDouble(f[i]), Boolean.parseBoolean(f[i + 1]), Boolean.parseBoolean(f[i + 2])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String[] header, String prefix) {
        return (int) Arrays.stream(header).filter(h -> h.startsWith(prefix)).count();
    }

    private static double[] doubles(String[] fields, int from, int n) {
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = Double.parseDouble(fields[from + j]);
        }
        return out;
    }

    /**
     * Replays fixture {@code name} on {@code env}: each episode starts with {@code resetTo} its first
     * state, and each later transition sets the reference's state before stepping, so a last-bit difference in a sine
     * (Java's and glibc's differ on a few inputs) cannot grow along an episode.
     *
     * @return the number of transitions checked
     */
    static int replay(Environment env, String name) {
        return replay(env, name, UnaryOperator.identity());
    }

    /**
     * As {@link #replay(Environment, String)}, for an environment whose {@link Environment#state()}
     * holds more than the fixture's state columns: {@code asState} makes one from the other.
     */
    static int replay(Environment env, String name, UnaryOperator<double[]> asState) {
        List<Transition> rows = load(name);
        boolean discrete = env.spec().actionSpace().isDiscrete();
        int episode = -1;
        for (Transition t : rows) {
            if (t.episode() != episode) {
                episode = t.episode();
                env.resetTo(asState.apply(t.before()));
            } else {
                env.setState(asState.apply(t.before()));
            }
            if (discrete) {
                env.step((int) t.action()[0]);
            } else {
                env.step(t.action());
            }
            String where = name + " episode " + t.episode() + " step " + t.step() + ": ";
            assertArrayEquals(asState.apply(t.after()), env.state(), TOLERANCE, where + "state");
            assertArrayEquals(t.obs(), env.observation(), TOLERANCE, where + "observation");
            assertEquals(t.reward(), env.reward(), TOLERANCE, where + "reward");
            assertEquals(t.terminated(), env.terminated(), where + "terminated");
            assertEquals(t.truncated(), env.truncated(), where + "truncated");
            assertEquals(t.step(), env.elapsedSteps(), where + "elapsed steps");
        }
        assertTrue(rows.size() > 100, name + " has too few transitions: " + rows.size());
        return rows.size();
    }

    /**
     * Asserts that 10,000 steps (episodes reset as they end), run after 50,000 warm-up steps so
     * that the JIT has compiled the loop, allocate less than 1 KB on this thread. Usually that is
     * 0 bytes; 160 were seen once here under load, from the JIT's work rather than the step. A
     * step that allocated even one small object would show at least 160,000.
     */
    static void assertStepsAllocateNothing(Environment env) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] action = new double[env.spec().actionSpace().size()];
        play(env, action, 50_000);
        long before = threads.getCurrentThreadAllocatedBytes();
        play(env, action, 10_000);
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 1024, env.spec().id() + " allocated " + bytes + " bytes in 10,000 steps");
    }

    private static void play(Environment env, double[] action, int steps) {
        ActionSpace space = env.spec().actionSpace();
        env.reset(1);
        for (int i = 0; i < steps; i++) {
            if (space.isDiscrete()) {
                env.step(i % space.n());
            } else {
                // sweeps past both bounds, so the clipping branches run too
                action[0] = 1.5 * space.high()[0] * Math.sin(i * 0.1);
                env.step(action);
            }
            if (env.terminated() || env.truncated()) {
                env.reset(i);
            }
        }
    }
}
