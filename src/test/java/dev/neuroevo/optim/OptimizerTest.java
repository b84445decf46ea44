package dev.neuroevo.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every step rule against steps computed by hand (the arithmetic is in the comments). */
class OptimizerTest {

    @Test
    void adamMatchesTwoHandComputedSteps() {
        Adam adam = new Adam(0.9, 0.999);
        double[] theta = {0.0, 1.0};
        Moments m = adam.init(2);
        // t = 1, g = (-1, 2): m = (-0.1, 0.2), v = (0.001, 0.004), a = 0.1 sqrt(0.001) / 0.1 = 0.0316228;
        // each coordinate moves a |m| / sqrt(v) = 0.1 against g.
        adam.step(theta, new double[] {-1, 2}, m, 0.1);
        assertArrayEquals(new double[] {0.1, 0.9}, theta, 1e-7);
        assertArrayEquals(new double[] {-0.1, 0.2}, m.first(), 1e-15);
        assertArrayEquals(new double[] {0.001, 0.004}, m.second(), 1e-15);
        // t = 2, g = (-0.5, -0.5): m = (-0.14, 0.13), v = (0.001249, 0.004246),
        // a = 0.1 sqrt(1 - 0.999^2) / (1 - 0.9^2) = 0.02353167;
        // theta = (0.1 + a 0.14 / sqrt(0.001249), 0.9 - a 0.13 / sqrt(0.004246)) = (0.1932179, 0.8530532).
        adam.step(theta, new double[] {-0.5, -0.5}, m, 0.1);
        assertArrayEquals(new double[] {-0.14, 0.13}, m.first(), 1e-15);
        assertArrayEquals(new double[] {0.001249, 0.004246}, m.second(), 1e-15);
        assertArrayEquals(new double[] {0.1932179, 0.8530532}, theta, 1e-7);
        assertEquals(2, m.steps());
    }

    @Test
    void sgdAndDampedMomentumByHand() {
        double[] theta = {1, 2};
        new Sgd().step(theta, new double[] {-3, 4}, new Sgd().init(2), 0.5);
        assertArrayEquals(new double[] {2.5, 0}, theta, 1e-15);

        // OpenAI-ES's damped form: v = 0.1 g, then v = 0.9 (0.1 g) + 0.1 g = 0.19 g for a constant g
        Momentum momentum = new Momentum(0.9, true, false);
        double[] x = {0};
        Moments m = momentum.init(1);
        momentum.step(x, new double[] {-2}, m, 1.0);
        assertArrayEquals(new double[] {0.2}, x, 1e-15);
        momentum.step(x, new double[] {-2}, m, 1.0);
        assertArrayEquals(new double[] {-0.38}, m.first(), 1e-15);
        assertArrayEquals(new double[] {0.58}, x, 1e-15);
    }

    @Test
    void undampedMomentumAndNesterovByHand() {
        // PyTorch's SGD(momentum=0.5): v1 = g1 = 1, x1 = 0 - 0.1 * 1 = -0.1; v2 = 0.5 + 3 = 3.5, x2 = -0.1 - 0.35 = -0.45
        Momentum heavy = new Momentum(0.5, false, false);
        double[] x = {0};
        Moments m = heavy.init(1);
        heavy.step(x, new double[] {1}, m, 0.1);
        assertArrayEquals(new double[] {-0.1}, x, 1e-15);
        heavy.step(x, new double[] {3}, m, 0.1);
        assertArrayEquals(new double[] {3.5}, m.first(), 1e-15);
        assertArrayEquals(new double[] {-0.45}, x, 1e-15);
        // Nesterov: v1 = 1, x1 = -0.1 (1 + 0.5 * 1) = -0.15; v2 = 3.5, x2 = -0.15 - 0.1 (3 + 1.75) = -0.625
        Momentum nesterov = new Momentum(0.5, false, true);
        double[] y = {0};
        Moments n = nesterov.init(1);
        nesterov.step(y, new double[] {1}, n, 0.1);
        assertArrayEquals(new double[] {-0.15}, y, 1e-15);
        nesterov.step(y, new double[] {3}, n, 0.1);
        assertArrayEquals(new double[] {-0.625}, y, 1e-15);
    }

    @Test
    void rmspropByHand() {
        // v1 = 0.1 * 4 = 0.4, x1 = 1 - 0.01 * 2 / sqrt(0.4) = 0.9683772; v2 = 0.36 + 0.1 = 0.46,
        // x2 = 0.9683772 + 0.01 * 1 / sqrt(0.46) = 0.9831214
        RmsProp rms = new RmsProp(0.9);
        double[] x = {1};
        Moments m = rms.init(1);
        rms.step(x, new double[] {2}, m, 0.01);
        assertArrayEquals(new double[] {0.4}, m.second(), 1e-15);
        assertArrayEquals(new double[] {0.9683772}, x, 1e-7);
        rms.step(x, new double[] {-1}, m, 0.01);
        assertArrayEquals(new double[] {0.46}, m.second(), 1e-15);
        assertArrayEquals(new double[] {0.9831214}, x, 1e-7);
    }

    @Test
    void weightDecayAddsToTheGradientAndSchedulesFollowTheirFormulas() {
        // g' = g + 0.1 * theta = 1 + 0.1 * 2 = 1.2; theta = 2 - 0.5 * 1.2 = 1.4
        double[] theta = {2};
        new Sgd().step(theta, new double[] {1}, new Sgd().init(1), 0.5, 0.1);
        assertArrayEquals(new double[] {1.4}, theta, 1e-15);
        assertEquals(0.1, Schedule.CONSTANT.rate(0.1, 0.5, 0, 7, 10));
        assertEquals(0.1 * 0.125, Schedule.EXPONENTIAL.rate(0.1, 0.5, 0, 3, 10), 1e-17);
        assertEquals(0.02, Schedule.EXPONENTIAL.rate(0.1, 0.5, 0.02, 9, 10));
        assertEquals(0.1, Schedule.COSINE.rate(0.1, 1, 0, 0, 10), 1e-17);
        assertEquals(0.05, Schedule.COSINE.rate(0.1, 1, 0, 5, 10), 1e-17);
        assertEquals(0.01, Schedule.COSINE.rate(0.1, 1, 0.01, 10, 10), 1e-17);
    }
}
