package dev.neuroevo.strategy;

import dev.neuroevo.optim.Moments;
import java.io.Serializable;

/** An individual after training: its weights, its optimizer's moments, and its mean training loss. */
public record Trained(double[] weights, Moments moments, double loss) implements Serializable {
}
