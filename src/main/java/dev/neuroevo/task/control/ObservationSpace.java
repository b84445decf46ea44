package dev.neuroevo.task.control;

import java.io.Serializable;

/** An environment's observation space: a box of {@code low.length} values, float32 bounds as Gymnasium's. */
public record ObservationSpace(double[] low, double[] high) implements Serializable {

    public ObservationSpace {
        low = low.clone();
        high = high.clone();
    }

    public int size() {
        return low.length;
    }

    public boolean contains(double[] observation) {
        for (int i = 0; i < low.length; i++) {
            if (!(observation[i] >= low[i] && observation[i] <= high[i])) {
                return false;
            }
        }
        return observation.length == low.length;
    }

    @Override
    public String toString() {
        return "Box(" + low.length + ")";
    }
}
