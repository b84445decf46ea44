package dev.neuroevo.task;

import java.io.Serializable;

/**
 * What a model needs besides its network to read raw rows: the standardisation its network was
 * trained behind ({@code (x - mean) / std} per feature, rounded to float32 as the training rows
 * were held) and the label of each output (null when outputs are not classes).
 */
public record RawInputs(double[] mean, double[] std, String[] labels) implements Serializable {

    /** The network's input for a raw row. */
    public void apply(double[] raw, double[] out) {
        for (int i = 0; i < mean.length; i++) {
            out[i] = (float) (((float) raw[i] - mean[i]) / std[i]);
        }
    }
}
