package dev.neuroevo.api;

import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.RawInputs;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * A network found by a search: it computes outputs from raw inputs (normalised or standardised as
 * in training) and saves itself in the model format the CLI writes ({@code best-model.json}).
 */
public final class Network {
    private final ModelFile model;
    private final NetworkInvoker invoker;
    private final double[] input;

    Network(String task, NetworkSpec spec, double[] weights, InputNormalizer normalizer, RawInputs rawInputs) {
        this.model = new ModelFile(task, spec, weights, normalizer, rawInputs);
        this.invoker = new NetworkInvoker(spec);
        this.input = new double[spec.inputs()];
    }

    /**
     * The outputs for raw {@code inputs}, in a new array (a regression's in its target's units).
     * Not thread-safe: one network, one thread.
     */
    public double[] apply(double... inputs) {
        if (inputs.length != input.length) {
            throw new IllegalArgumentException("the network takes " + input.length + " inputs, got " + inputs.length);
        }
        double[] x = inputs;
        if (model.rawInputs() != null) {
            model.rawInputs().apply(x, input);
            x = input;
        }
        if (model.normalizer() != null) {
            model.normalizer().apply(x, input);
            x = input;
        }
        double[] y = Arrays.copyOf(invoker.forward(model.weights(), x), model.spec().outputs());
        if (model.rawInputs() != null && model.rawInputs().target() != null) {
            y[0] = model.rawInputs().prediction(y[0]);
        }
        return y;
    }

    /** The index of the largest output for raw {@code inputs}: a discrete action or a class. */
    public int argmax(double... inputs) {
        double[] y = apply(inputs);
        int best = 0;
        for (int j = 1; j < y.length; j++) {
            if (y[j] > y[best]) {
                best = j;
            }
        }
        return best;
    }

    /** The flat weight vector, a copy. */
    public double[] weights() {
        return model.weights().clone();
    }

    public NetworkSpec spec() {
        return model.spec();
    }

    /** The model as a file's JSON. */
    public String toJson() {
        return model.toJson();
    }

    /** Writes the model file to {@code uri} (any Hadoop path), whole or not at all. */
    public void save(String uri, Configuration hadoop) {
        Path file = new Path(uri);
        Path dir = file.getParent() == null ? new Path(".") : file.getParent();
        new RunOutput(dir.toString(), hadoop).write(file.getName(), model.toJson());
    }
}
