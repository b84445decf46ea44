package dev.neuroevo.task;

import java.io.Serializable;

/**
 * A user's own fitness function: the public interface to implement in your own jar, named by the
 * job's {@code task.class} and shipped with {@code --jars}. neuroevo evolves networks of
 * {@link #inputs()} inputs and {@link #outputs()} outputs and calls {@link #evaluate} for each
 * individual on the executors.
 *
 * <pre>{@code
 * public final class XorFitness implements Fitness {
 *     public int inputs() { return 2; }
 *     public int outputs() { return 1; }
 *     public double evaluate(Network net, long seed) {
 *         double err = 0;
 *         for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) {
 *             double y = net.forward(new double[] {a, b})[0];
 *             err += (y - (a ^ b)) * (y - (a ^ b));
 *         }
 *         return -err;
 *     }
 * }
 * }</pre>
 *
 * An implementation needs a public no-argument constructor. One instance is made per Spark task
 * and used from one thread; it is never shared. Throwing from {@code evaluate} fails the run with
 * exit code 3 and a message naming the class and the individual.
 */
public interface Fitness extends Serializable {

    /** Network inputs. */
    int inputs();

    /** Network outputs. */
    int outputs();

    /**
     * The fitness of {@code network}; higher is better. Take every random draw from {@code seed}
     * (e.g. {@code new java.util.SplittableRandom(seed)}) so runs are reproducible.
     */
    double evaluate(Network network, long seed);

    /** The network being scored: its forward pass and its weights. */
    interface Network {

        /** The outputs for {@code input}; the array is reused by the next call. */
        double[] forward(double[] input);

        /** The index of the largest output. */
        int argmax(double[] input);

        /** The flat weight vector (read-only by contract). */
        double[] weights();
    }
}
