package dev.neuroevo.task.functions;

import static dev.neuroevo.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.Scorer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FunctionTaskTest {

    @Test
    void valuesAtKnownPoints() {
        double[] zero = new double[5];
        double[] ones = {1, 1, 1, 1, 1};
        assertEquals(0, TestFunction.SPHERE.value(zero));
        assertEquals(5, TestFunction.SPHERE.value(ones));
        assertEquals(0, TestFunction.ROSENBROCK.value(ones));
        // sum over i < n-1 of 100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2: at zero, four terms of 1.
        assertEquals(4, TestFunction.ROSENBROCK.value(zero), 1e-12);
        assertEquals(100, TestFunction.ROSENBROCK.value(new double[] {1, 2}), 1e-12);
        assertEquals(0, TestFunction.RASTRIGIN.value(zero), 1e-12);
        assertEquals(5, TestFunction.RASTRIGIN.value(ones), 1e-9);
        assertEquals(1, TestFunction.ELLIPSOID.value(new double[] {1, 0, 0, 0, 0}));
        assertEquals(1e6, TestFunction.ELLIPSOID.value(new double[] {0, 0, 0, 0, 1}), 1e-6);
        assertEquals(1e3, TestFunction.ELLIPSOID.value(new double[] {0, 0, 1, 0, 0}), 1e-9);
    }

    @Test
    void rotationIsOrthogonalAndFixedBySeed() {
        Rotation r = Rotation.random(7, 3);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                double dot = 0;
                for (int k = 0; k < 7; k++) {
                    dot += r.rows()[i * 7 + k] * r.rows()[j * 7 + k];
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-12);
            }
        }
        assertTrue(Arrays.equals(r.rows(), Rotation.random(7, 3).rows()));
        assertFalse(Arrays.equals(r.rows(), Rotation.random(7, 4).rows()));
        double[] x = {0.3, -1, 2, 0, 0.5, 1, -0.2};
        FunctionTask rotatedSphere = new FunctionTask(TestFunction.SPHERE, 7, r, 1e-8);
        FunctionTask rotatedEllipsoid = new FunctionTask(TestFunction.ELLIPSOID, 7, r, 1e-8);
        assertEquals(TestFunction.SPHERE.value(x), rotatedSphere.value(x), 1e-12);
        assertTrue(Math.abs(TestFunction.ELLIPSOID.value(x) - rotatedEllipsoid.value(x)) > 1);
    }

    @Test
    void jobSearchesARawVectorOfTheDimension() {
        Job j = job("task.name = ellipsoid, function.dimension = 12, strategy.name = cmaes");
        assertEquals(12, j.spec().parameterCount());
        assertEquals(12, j.task().vectorDimension());
        Scorer scorer = j.task().scorer(j.spec());
        double[] x = new double[12];
        x[11] = 2;
        assertEquals(-4e6, scorer.score(x, 99), 1e-6);
        assertEquals(1, scorer.lastSteps());
    }

    @Test
    void finalEvaluationReportsF() {
        FunctionTask task = (FunctionTask) job("task.name = rosenbrock, function.dimension = 3, function.target = 1e-6")
                .task();
        FinalEvaluation solved = task.finalEvaluation(null, new double[] {1, 1, 1.0001}, 0);
        assertTrue(solved.solved());
        assertEquals(1e-6, solved.score(), 1e-9);
        assertEquals("rosenbrock", solved.fields().get("function"));
        assertFalse(task.finalEvaluation(null, new double[] {1, 1, 1.001}, 0).solved());
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(ConfigError.class, () -> job("task.name = sphere, function.dimension = 1"));
        ConfigError e = assertThrows(ConfigError.class,
                () -> job("task.name = sphere, function.dimension = 3, strategy.name = cmaes, cmaes.x0 = [1, 2]"));
        assertTrue(e.getMessage().contains("cmaes.x0"), e.getMessage());
        assertThrows(ConfigError.class, () -> job("task.name = sphere, strategy.name = cmaes, cmaes.population = 1"));
    }
}
