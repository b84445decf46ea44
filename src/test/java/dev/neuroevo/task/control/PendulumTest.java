package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        ReferenceTransitions.replay(new Pendulum(10.0), "Pendulum-v1");
    }

    @Test
    void stepAllocatesNothing() {
        assertEquals(0, ReferenceTransitions.bytesAllocatedBySteps(Environments.make("Pendulum-v1")));
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
