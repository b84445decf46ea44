package dev.neuroevo.strategy.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OptimizerTest {

    @Test
    void adamMatchesTwoHandComputedSteps() {
        Adam adam = new Adam(0.9, 0.999);
        double[] theta0 = {0.0, 1.0};
        Optimizer.Moments m0 = adam.init(2);
        // t = 1, g = (1, -2): m = (0.1, -0.2), v = (0.001, 0.004), a = 0.1 sqrt(0.001) / 0.1 = 0.0316228;
        // each coordinate moves a m / sqrt(v) = 0.1 in the sign of g.
        Optimizer.Step s1 = adam.step(theta0, m0, new double[] {1, -2}, 0.1);
        assertArrayEquals(new double[] {0.1, 0.9}, s1.theta(), 1e-7);
        assertArrayEquals(new double[] {0.1, -0.2}, s1.moments().first(), 1e-15);
        assertArrayEquals(new double[] {0.001, 0.004}, s1.moments().second(), 1e-15);
        // t = 2, g = (0.5, 0.5): m = (0.14, -0.13), v = (0.001249, 0.004246),
        // a = 0.1 sqrt(1 - 0.999^2) / (1 - 0.9^2) = 0.02353167;
        // theta = (0.1 + a 0.14 / sqrt(0.001249), 0.9 - a 0.13 / sqrt(0.004246)) = (0.1932179, 0.8530532).
        Optimizer.Step s2 = adam.step(s1.theta(), s1.moments(), new double[] {0.5, 0.5}, 0.1);
        assertArrayEquals(new double[] {0.14, -0.13}, s2.moments().first(), 1e-15);
        assertArrayEquals(new double[] {0.001249, 0.004246}, s2.moments().second(), 1e-15);
        assertArrayEquals(new double[] {0.1932179, 0.8530532}, s2.theta(), 1e-7);
        assertEquals(2, s2.moments().steps());
        assertArrayEquals(new double[] {0.0, 1.0}, theta0, "inputs are never written");
        assertArrayEquals(new double[] {0.0, 0.0}, m0.first());
    }

    @Test
    void sgdAndMomentumStepsByHand() {
        Optimizer.Step sgd = new Sgd().step(new double[] {1, 2}, new Sgd().init(2), new double[] {3, -4}, 0.5);
        assertArrayEquals(new double[] {2.5, 0}, sgd.theta(), 1e-15);

        Momentum momentum = new Momentum(0.9);
        // v = 0.1 g, then v = 0.9 (0.1 g) + 0.1 g = 0.19 g for a constant g
        Optimizer.Step m1 = momentum.step(new double[] {0}, momentum.init(1), new double[] {2}, 1.0);
        assertArrayEquals(new double[] {0.2}, m1.theta(), 1e-15);
        Optimizer.Step m2 = momentum.step(m1.theta(), m1.moments(), new double[] {2}, 1.0);
        assertArrayEquals(new double[] {0.38}, m2.moments().first(), 1e-15);
        assertArrayEquals(new double[] {0.58}, m2.theta(), 1e-15);
    }
}
