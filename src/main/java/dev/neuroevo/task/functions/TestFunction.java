package dev.neuroevo.task.functions;

import dev.neuroevo.config.Choice;
import java.util.Arrays;

/**
 * Black-box test functions to minimise, in any dimension, with their minimum 0 at a known point;
 * the definitions are those of pycma's {@code cma.ff} (sphere, elli, rosen, rastrigin).
 */
public enum TestFunction implements Choice {
    /** f(x) = sum x_i^2. */
    SPHERE {
        @Override
        public double value(double[] x) {
            double f = 0;
            for (double v : x) {
                f += v * v;
            }
            return f;
        }
    },
    /** f(x) = sum 1e6^(i/(n-1)) x_i^2: condition number 1e6 along the coordinate axes. */
    ELLIPSOID {
        @Override
        public double value(double[] x) {
            int n = x.length;
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += Math.pow(1e6, n == 1 ? 0 : i / (n - 1.0)) * x[i] * x[i];
            }
            return f;
        }
    },
    /** f(x) = sum_{i<n-1} 100 (x_i^2 - x_{i+1})^2 + (1 - x_i)^2, minimum at (1, ..., 1). */
    ROSENBROCK {
        @Override
        public double value(double[] x) {
            double f = 0;
            for (int i = 0; i < x.length - 1; i++) {
                double a = x[i] * x[i] - x[i + 1];
                double b = 1 - x[i];
                f += 100 * a * a + b * b;
            }
            return f;
        }
    },
    /** f(x) = 10 n + sum x_i^2 - 10 cos(2 pi x_i): a sphere under a grid of local minima. */
    RASTRIGIN {
        @Override
        public double value(double[] x) {
            double f = 10.0 * x.length;
            for (double v : x) {
                f += v * v - 10 * Math.cos(2 * Math.PI * v);
            }
            return f;
        }
    };

    /** f(x); allocates nothing. */
    public abstract double value(double[] x);

    public static boolean exists(String id) {
        return Arrays.stream(values()).anyMatch(f -> f.id().equals(id));
    }

    public static TestFunction of(String id) {
        return Choice.of(TestFunction.class, id);
    }
}
