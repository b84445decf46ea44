package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PendulumTest {

    @Test
    void registeredWithGymnasiumLimit() {
        EnvSpec spec = Environments.spec("Pendulum-v1");
        assertEquals(200, spec.maxEpisodeSteps());
        assertEquals(-2.0, spec.actionSpace().low()[0]);
        assertEquals(2.0, spec.actionSpace().high()[0]);
        assertEquals(3, spec.observationSize());
    }

    @Test
    void matchesGymnasiumReference() {
        ReferenceTransitions.replay(Environments.make("Pendulum-v1"), "Pendulum-v1");
    }

    @Test
    void gravityTenIsTheDefault() {
        ReferenceTransitions.replay(Environments.make("Pendulum-v1", Map.of("g", 10.0)), "Pendulum-v1");
    }

    @Test
    void stepAllocatesNothing() {
        ReferenceTransitions.assertStepsAllocateNothing(Environments.make("Pendulum-v1"));
    }

    @Test
    void chargesTheActionInFloat32() {
        Environment env = Environments.make("Pendulum-v1");
        env.reset(0);
        env.setState(new double[] {0.0, 0.0});
        env.step(new double[] {2.5});
        // 0.001 * 2^2 in float32, as numpy computes it: 0.004000000189989805, not 0.004
        assertEquals(-(double) (0.001f * 4.0f), env.reward(), 0.0);
        // 3 * 2 is exact in float32, so the new velocity is 6 * 0.05 computed in float64
        assertEquals(6.0 * 0.05, env.state()[1], 0.0);
    }

    @Test
    void normalisesAnglesWithAFlooredModulo() {
        assertEquals(-Math.PI, Pendulum.angleNormalize(Math.PI));
        assertEquals(-Math.PI, Pendulum.angleNormalize(-Math.PI));
        assertEquals(-10 + 4 * Math.PI, Pendulum.angleNormalize(-10), 1e-12);
        assertEquals(10 - 4 * Math.PI, Pendulum.angleNormalize(10), 1e-12);
        assertEquals(0.5, Pendulum.angleNormalize(0.5), 1e-15);
    }

    @Test
    void neverTerminatesAndStartsInItsBox() {
        Environment env = Environments.make("Pendulum-v1");
        for (long seed = 0; seed < 20; seed++) {
            env.reset(seed);
            double[] s = env.state();
            assertTrue(Math.abs(s[0]) <= Math.PI && Math.abs(s[1]) <= 1.0, "seed " + seed);
            double[] action = {2.0};
            while (!env.truncated()) {
                env.step(action);
                assertFalse(env.terminated());
            }
            assertEquals(200, env.elapsedSteps());
        }
    }
}
