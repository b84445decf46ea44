package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CartPoleTest {

    @Test
    void matchesGymnasiumReference() {
        ReferenceTransitions.replay(Environments.make("CartPole-v1"), "CartPole-v1");
    }

    @Test
    void stepAllocatesNothing() {
        ReferenceTransitions.assertStepsAllocateNothing(Environments.make("CartPole-v1"));
    }

    @Test
    void startsWithinFiveHundredthsOfRest() {
        Environment env = Environments.make("CartPole-v1");
        for (long seed = 0; seed < 100; seed++) {
            double[] obs = env.reset(seed);
            for (double v : obs) {
                assertTrue(Math.abs(v) <= 0.05, "seed " + seed + ": " + v);
            }
        }
    }

    @Test
    void refusesContinuousActions() {
        Environment env = Environments.make("CartPole-v1");
        env.reset(0);
        assertThrows(UnsupportedOperationException.class, () -> env.step(new double[] {1.0}));
    }
}
