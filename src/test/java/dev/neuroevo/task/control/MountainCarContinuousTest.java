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
        // The fixture's rule (classic_control_reference.py): a state of float32 values is float32.
        ReferenceTransitions.replay(Environments.make("MountainCarContinuous-v0"), "MountainCarContinuous-v0",
                s -> new double[] {s[0], s[1], s[0] == (float) s[0] && s[1] == (float) s[1] ? 1 : 0});
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
        assertEquals(0, env.state()[2], "and says so");
        env.step(new double[] {0.3});
        for (double v : env.state()) {
            assertEquals((float) v, v);
        }
        assertEquals(1, env.state()[2], "a step leaves a float32 state");
    }

    @Test
    void aStateSaysItsPrecisionRatherThanTheValuesGuessingIt() {
        Environment env = Environments.make("MountainCarContinuous-v0");
        env.resetTo(new double[] {-0.5, 0.0});
        assertEquals(0, env.state()[2], "float32 values alone do not make a float32 state");
        env.resetTo(new double[] {-0.5123456789, 0.0});
        assertEquals(-0.5123456789, env.state()[0], "a float64 state keeps its values");
        env.resetTo(new double[] {-0.5123456789, 0.0, 1});
        assertEquals((float) -0.5123456789, env.state()[0], "a float32 state holds them in float32");
        assertEquals(1, env.state()[2]);
        assertThrows(IllegalArgumentException.class, () -> env.resetTo(new double[] {-0.5, 0.0, 0.5}));
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
