package example;

import dev.neuroevo.task.Fitness;

/**
 * An example of a user's own fitness: evolve a 2-input network that computes XOR.
 * Build it against neuroevo's jar and run it with
 * {@code bin/neuroevo run examples/user-fitness/xor.conf --jars xor-fitness.jar} (see README.md here).
 */
public final class XorFitness implements Fitness {
    private final double[] input = new double[2];

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public int outputs() {
        return 1;
    }

    /** Minus the squared error over the four cases; 0 is perfect. */
    @Override
    public double evaluate(Network network, long seed) {
        double error = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                input[0] = a;
                input[1] = b;
                double d = network.forward(input)[0] - (a ^ b);
                error += d * d;
            }
        }
        return -error;
    }
}
