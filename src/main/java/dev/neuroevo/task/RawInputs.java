package dev.neuroevo.task;

import java.io.Serializable;

/**
 * What a model needs besides its network to read raw rows: the standardisation its network was
 * trained behind ({@code (x - mean) / std} per feature, rounded to float32 as the training rows
 * were held), the label of each output (null when outputs are not classes), and for a regression
 * the target's standardisation {@code {mean, std}} (null otherwise): the prediction in the target's
 * units is {@code output * std + mean}.
 */
public record RawInputs(double[] mean, double[] std, String[] labels, double[] target) implements Serializable {

    /** A classifier's (or a model's without real targets). */
    public RawInputs(double[] mean, double[] std, String[] labels) {
        this(mean, std, labels, null);
    }

    /** The network's output {@code y} in the target's units (unchanged without a target standardisation). */
    public double prediction(double y) {
        return target == null ? y : y * target[1] + target[0];
    }

    /** The network's input for a raw row. */
    public void apply(double[] raw, double[] out) {
        for (int i = 0; i < mean.length; i++) {
            out[i] = (float) (((float) raw[i] - mean[i]) / std[i]);
        }
    }
}
