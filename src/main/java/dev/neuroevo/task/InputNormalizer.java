package dev.neuroevo.task;

import java.io.Serializable;

/** Maps a raw observation to {@code clip((x - mean) / std, -clip, clip)} before the forward pass. */
public record InputNormalizer(double[] mean, double[] std, double clip) implements Serializable {

    public void apply(double[] x, double[] out) {
        for (int i = 0; i < mean.length; i++) {
            double z = (x[i] - mean[i]) / std[i];
            out[i] = z > clip ? clip : (z < -clip ? -clip : z);
        }
    }
}
