package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Start states against numpy's draws as Gymnasium 1.4.0 makes them, and what a reset starts. */
class ResetTest {

    private static double[] firstTwo(Environment env) {
        return Arrays.copyOf(env.state(), 2);
    }

    @Test
    void cartPoleStartsAsGymnasiumDoes() {
        ResetReference.assertResetsMatch(Environments.make("CartPole-v1"), "CartPole-v1", Environment::state);
    }

    @Test
    void mountainCarStartsAsGymnasiumDoes() {
        ResetReference.assertResetsMatch(Environments.make("MountainCar-v0"), "MountainCar-v0", Environment::state);
    }

    @Test
    void mountainCarContinuousStartsAsGymnasiumDoes() {
        ResetReference.assertResetsMatch(Environments.make("MountainCarContinuous-v0"), "MountainCarContinuous-v0",
                ResetTest::firstTwo);
    }

    @Test
    void pendulumStartsAsGymnasiumDoes() {
        ResetReference.assertResetsMatch(Environments.make("Pendulum-v1"), "Pendulum-v1", Environment::state);
    }

    @Test
    void acrobotStartsAsGymnasiumDoes() {
        ResetReference.assertResetsMatch(Environments.make("Acrobot-v1"), "Acrobot-v1", Environment::state);
    }

    @Test
    void observationIsTheStartStateInFloat32() {
        Environment env = Environments.make("CartPole-v1");
        for (ResetReference.Start s : ResetReference.states("CartPole-v1")) {
            double[] obs = env.reset(s.seed());
            for (int i = 0; i < 4; i++) {
                assertEquals((double) (float) s.values()[i], obs[i]);
            }
        }
    }

    @Test
    void aNeverSeededEnvironmentStartsAsSeedZero() {
        for (String id : new String[] {"CartPole-v1", "MountainCar-v0", "MountainCarContinuous-v0", "Pendulum-v1",
                "Acrobot-v1"}) {
            Environment fresh = Environments.make(id);
            Environment seeded = Environments.make(id);
            for (int k = 0; k < 3; k++) {
                double[] a = fresh.reset().clone();
                double[] b = k == 0 ? seeded.reset(0) : seeded.reset();
                assertArrayEquals(b, a, id + " reset " + k);
            }
        }
    }

    @Test
    void resetWithASeedStartsTheGeneratorAfresh() {
        Environment env = Environments.make("CartPole-v1");
        double[] first = env.reset(-1L).clone();
        double[] second = env.reset().clone();
        assertFalse(Arrays.equals(first, second));
        assertArrayEquals(first, env.reset(-1L));
        assertArrayEquals(second, env.reset());
    }

    @Test
    void resetToStartsAFreshEpisodeFromTheState() {
        Environment env = Environments.make("CartPole-v1");
        env.reset(0);
        double[] leaning = {0.0, 0.0, 0.2, 0.5};
        env.setState(leaning);
        env.step(1);
        assertTrue(env.terminated());
        env.step(1);
        assertEquals(0.0, env.reward(), "Gymnasium pays nothing for steps after termination");
        double[] obs = env.resetTo(leaning);
        assertFalse(env.terminated());
        assertFalse(env.truncated());
        assertEquals(0, env.elapsedSteps());
        assertArrayEquals(new double[] {0.0, 0.0, (float) 0.2, (float) 0.5}, obs);
        env.step(1);
        assertTrue(env.terminated());
        assertEquals(1.0, env.reward(), "a new episode pays for its first termination");
    }

    @Test
    void resetToLeavesTheGeneratorAlone() {
        Environment a = Environments.make("Pendulum-v1");
        Environment b = Environments.make("Pendulum-v1");
        a.reset(5);
        b.reset(5);
        a.resetTo(new double[] {1.0, 0.0});
        assertArrayEquals(b.reset(), a.reset());
    }

    @Test
    void truncatedOnceTheLimitIsReachedEvenOnATerminatingStep() {
        Environment env = Environments.make("CartPole-v0");
        env.reset(0);
        for (int t = 0; t < 199; t++) {
            env.setState(new double[] {0, 0, 0, 0});
            env.step(t % 2);
            assertFalse(env.truncated());
        }
        env.setState(new double[] {0.0, 0.0, 0.2, 0.5});
        env.step(1);
        assertTrue(env.terminated());
        assertTrue(env.truncated());
        assertEquals(200, env.elapsedSteps());
    }

    @Test
    void resetWithASeedAllocatesNothing() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Environment env = Environments.make("Acrobot-v1");
        double sink = 0;
        for (long s = 0; s < 50_000; s++) {
            sink += env.reset(s * 0x9E3779B97F4A7C15L)[0];
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (long s = 0; s < 10_000; s++) {
            sink += env.reset(s * 0x9E3779B97F4A7C15L)[0];
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 1024, bytes + " bytes in 10,000 resets (" + sink + ")");
    }

    @Test
    void everyLongIsAValidSeedAndNegativeOnesAreUnsigned() {
        Environment env = Environments.make("MountainCar-v0");
        double[] max = env.reset(-1L).clone();
        double[] other = env.reset(Long.MAX_VALUE).clone();
        assertNotEquals(max[0], other[0]);
        assertTrue(max[0] >= -0.6 && max[0] < -0.4);
    }
}
