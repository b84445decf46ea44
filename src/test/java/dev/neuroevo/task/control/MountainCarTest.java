package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MountainCarTest {

    @Test
    void registeredWithGymnasiumLimits() {
        EnvSpec spec = Environments.spec("MountainCar-v0");
        assertEquals(200, spec.maxEpisodeSteps());
        assertEquals(-110.0, spec.rewardThreshold());
        assertEquals(3, spec.actionSpace().n());
        assertEquals(2, spec.observationSize());
    }

    @Test
    void matchesGymnasiumReference() {
        ReferenceTransitions.replay(Environments.make("MountainCar-v0"), "MountainCar-v0");
    }

    @Test
    void stepAllocatesNothing() {
        ReferenceTransitions.assertStepsAllocateNothing(Environments.make("MountainCar-v0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCar-v0", "MountainCarContinuous-v0"})
    void startsAtRestInTheValley(String id) {
        Environment env = Environments.make(id);
        for (long seed = 0; seed < 100; seed++) {
            env.reset(seed);
            double[] s = env.state();
            assertTrue(s[0] >= -0.6 && s[0] < -0.4, "seed " + seed + ": " + s[0]);
            assertEquals(0.0, s[1]);
        }
    }
}
