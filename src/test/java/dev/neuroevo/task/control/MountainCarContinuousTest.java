package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MountainCarContinuousTest {

    @Test
    void registeredWithGymnasiumLimits() {
        EnvSpec spec = Environments.spec("MountainCarContinuous-v0");
        assertEquals(999, spec.maxEpisodeSteps());
        assertEquals(90.0, spec.rewardThreshold());
        assertEquals(-1.0, spec.actionSpace().low()[0]);
        assertEquals(1.0, spec.actionSpace().high()[0]);
    }

    @Test
    void matchesGymnasiumReference() {
        ReferenceTransitions.replay(Environments.make("MountainCarContinuous-v0"), "MountainCarContinuous-v0");
    }

    @Test
    void stepAllocatesNothing() {
        ReferenceTransitions.assertStepsAllocateNothing(Environments.make("MountainCarContinuous-v0"));
    }

    @Test
    void keepsItsStateInFloat32AfterAStep() {
        Environment env = Environments.make("MountainCarContinuous-v0");
        env.reset(3);
        assertNotEquals(env.state()[0], (float) env.state()[0], "reset draws a float64 position");
        env.step(new double[] {0.3});
        for (double v : env.state()) {
            assertEquals((float) v, v);
        }
    }

    @Test
    void paysForTheUnclippedAction() {
        Environment env = Environments.make("MountainCarContinuous-v0");
        env.reset(0);
        env.step(new double[] {2.0});
        assertEquals(-0.4, env.reward(), 1e-12);
    }

    @Test
    void refusesDiscreteActions() {
        Environment env = Environments.make("MountainCarContinuous-v0");
        env.reset(0);
        assertThrows(UnsupportedOperationException.class, () -> env.step(1));
    }
}
