package dev.neuroevo.strategy.cmaes;

import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import java.io.Serializable;

/**
 * Where each (re)start begins: always x0, or, given a box, a point drawn uniformly in it, keyed by
 * (run seed, restart, 0, START_POINT) so that restart r starts at the same point on any cluster.
 *
 * @param x0  the start point when there is no box
 * @param box null, or the bounds low_i, high_i of every coordinate in turn (2 n numbers)
 */
public record StartPoints(double[] x0, double[] box) implements Serializable {

    public StartPoints {
        x0 = x0.clone();
        box = box == null ? null : box.clone();
        if (box != null && box.length != 2 * x0.length) {
            throw new IllegalArgumentException("a box needs 2 n bounds, got " + box.length + " for n = " + x0.length);
        }
    }

    /** The start point of restart {@code restart} (0 is the first run). */
    public double[] of(long seed, int restart) {
        if (box == null) {
            return x0.clone();
        }
        SplitMix64 rng = new SplitMix64(SplitMix64.key(seed, restart, 0, Purpose.START_POINT));
        double[] x = new double[x0.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(box[2 * i], box[2 * i + 1]);
        }
        return x;
    }
}
