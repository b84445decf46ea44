package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {

    @Test
    void acrobotsDynamicsIsAnOptionItsSpecNames() {
        Environment book = Environments.make("Acrobot-v1");
        Environment nips = Environments.make("Acrobot-v1", Map.of("book_or_nips", "nips"));
        assertEquals("book", book.spec().options().get("book_or_nips"));
        assertEquals("nips", nips.spec().options().get("book_or_nips"));
        assertEquals(0.0, nips.spec().options().get("torque_noise_max"));
        double[] start = {0.3, -0.2, 1.0, -2.0};
        book.resetTo(start);
        nips.resetTo(start);
        book.step(2);
        nips.step(2);
        assertFalse(Arrays.equals(book.state(), nips.state()), "the two dynamics differ where dtheta1 != 0");
    }

    @Test
    void unknownOptionsAndValuesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Environments.make("Acrobot-v1", Map.of("book_or_nip", "nips")));
        assertTrue(e.getMessage().contains("book_or_nips"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Environments.make("Acrobot-v1", Map.of("book_or_nips", "paper")));
        assertThrows(IllegalArgumentException.class, () -> Environments.make("CartPole-v1", Map.of("g", 9.81)));
        assertThrows(IllegalArgumentException.class, () -> Environments.make("Pendulum-v1", Map.of("g", "strong")));
        assertThrows(IllegalArgumentException.class, () -> Environments.make("CartPole-v2"));
    }

    @Test
    void pendulumsGravityIsAnOption() {
        Environment earth = Environments.make("Pendulum-v1", Map.of("g", 9.81));
        Environment ten = Environments.make("Pendulum-v1");
        earth.resetTo(new double[] {1.0, 0.0});
        ten.resetTo(new double[] {1.0, 0.0});
        earth.step(new double[] {0});
        ten.step(new double[] {0});
        assertTrue(earth.state()[1] < ten.state()[1] && earth.state()[1] > 0.95 * ten.state()[1]);
    }

    @Test
    void spacesAreShortcutsToTheSpec() {
        Environment env = Environments.make("MountainCar-v0");
        assertSame(env.spec().actionSpace(), env.actionSpace());
        assertEquals(3, env.actionSpace().n());
        ObservationSpace obs = env.observationSpace();
        assertEquals(2, obs.size());
        assertArrayEquals(new double[] {(float) -1.2, (float) -0.07}, obs.low());
        assertTrue(obs.contains(env.reset(3)));
        assertFalse(obs.contains(new double[] {0.7, 0}));
    }
}
