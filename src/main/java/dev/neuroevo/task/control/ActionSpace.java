package dev.neuroevo.task.control;

import java.io.Serializable;

/**
 * An environment's action space: {@code n} discrete actions, or a box of {@code low.length}
 * continuous dimensions.
 */
public record ActionSpace(int n, double[] low, double[] high) implements Serializable {

    public static ActionSpace discrete(int n) {
        return new ActionSpace(n, null, null);
    }

    public static ActionSpace box(double[] low, double[] high) {
        return new ActionSpace(0, low.clone(), high.clone());
    }

    public boolean isDiscrete() {
        return low == null;
    }

    /** Actions a policy must output: one score per discrete action, or one value per dimension. */
    public int size() {
        return isDiscrete() ? n : low.length;
    }

    @Override
    public String toString() {
        return isDiscrete() ? "Discrete(" + n + ")" : "Box(" + low.length + ")";
    }
}
