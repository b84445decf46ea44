package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcrobotTest {

    @Test
    void registeredWithGymnasiumLimits() {
        EnvSpec spec = Environments.spec("Acrobot-v1");
        assertEquals(500, spec.maxEpisodeSteps());
        assertEquals(-100.0, spec.rewardThreshold());
        assertEquals(3, spec.actionSpace().n());
        assertEquals(6, spec.observationSize());
    }

    @Test
    void matchesGymnasiumReferenceWithBookDynamics() {
        ReferenceTransitions.replay(Environments.make("Acrobot-v1"), "Acrobot-v1");
    }

    @Test
    void matchesGymnasiumReferenceWithNipsDynamics() {
        ReferenceTransitions.replay(Environments.make("Acrobot-v1", Map.of("book_or_nips", "nips")), "Acrobot-v1-nips");
    }

    @Test
    void stepAllocatesNothing() {
        ReferenceTransitions.assertStepsAllocateNothing(Environments.make("Acrobot-v1"));
    }

    @Test
    void startsFromFloat32ValuesNearRest() {
        Environment env = Environments.make("Acrobot-v1");
        for (long seed = 0; seed < 100; seed++) {
            env.reset(seed);
            for (double v : env.state()) {
                assertTrue(Math.abs(v) <= 0.1, "seed " + seed + ": " + v);
                assertEquals((float) v, v);
            }
        }
    }

    @Test
    void torqueNoiseComesFromTheResetSeed() {
        Environment quiet = Environments.make("Acrobot-v1");
        Environment noisy = Environments.make("Acrobot-v1", Map.of("torque_noise_max", 0.2));
        Environment again = Environments.make("Acrobot-v1", Map.of("torque_noise_max", 0.2));
        double[] start = {0.01, 0.02, 0.0, 0.0};
        for (Environment env : Arrays.asList(quiet, noisy, again)) {
            env.reset(5);
            env.setState(start);
            env.step(1);
        }
        assertFalse(Arrays.equals(quiet.state(), noisy.state()));
        assertArrayEquals(noisy.state(), again.state());
    }
}
