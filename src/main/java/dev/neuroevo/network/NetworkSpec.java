package dev.neuroevo.network;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An immutable multilayer perceptron shape. The weights live apart in one flat vector: for each
 * layer, the weight matrix as [inputs][outputs] row-major (so the forward pass is a run of axpy
 * loops, which vectorise), then the outputs' biases.
 */
public record NetworkSpec(int[] sizes, Activation[] activations, Head head) implements Serializable {

    public NetworkSpec {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output layer");
        }
        if (activations.length != sizes.length - 1) {
            throw new IllegalArgumentException("need one activation per layer: " + (sizes.length - 1)
                    + ", got " + activations.length);
        }
        for (int s : sizes) {
            if (s < 1) {
                throw new IllegalArgumentException("layer sizes must be >= 1: " + Arrays.toString(sizes));
            }
        }
        sizes = sizes.clone();
        activations = activations.clone();
    }

    /** Hidden layers share one activation; the output layer has its own. */
    public static NetworkSpec of(int inputs, int[] hidden, int outputs, Activation hiddenActivation,
                                 Activation outputActivation, Head head) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs;
        Activation[] acts = new Activation[hidden.length + 1];
        Arrays.fill(acts, hiddenActivation);
        acts[hidden.length] = outputActivation;
        return new NetworkSpec(sizes, acts, head);
    }

    public int inputs() {
        return sizes[0];
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    public int layers() {
        return sizes.length - 1;
    }

    public int widest() {
        return Arrays.stream(sizes).max().orElseThrow();
    }

    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < layers(); l++) {
            n += sizes[l] * sizes[l + 1] + sizes[l + 1];
        }
        return n;
    }

    /** Offset of layer {@code l}'s weight matrix in the flat vector; its biases follow it. */
    public int offset(int l) {
        int n = 0;
        for (int k = 0; k < l; k++) {
            n += sizes[k] * sizes[k + 1] + sizes[k + 1];
        }
        return n;
    }

    /** True for parameters that are biases; initialisers leave those at zero. */
    public boolean[] biasMask() {
        boolean[] mask = new boolean[parameterCount()];
        for (int l = 0; l < layers(); l++) {
            int start = offset(l) + sizes[l] * sizes[l + 1];
            Arrays.fill(mask, start, start + sizes[l + 1], true);
        }
        return mask;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec s && Arrays.equals(sizes, s.sizes)
                && Arrays.equals(activations, s.activations) && head == s.head;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(sizes) + Arrays.hashCode(activations)) + head.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            b.append(i == 0 ? "" : "-").append(sizes[i]);
        }
        b.append(" [");
        for (int i = 0; i < activations.length; i++) {
            b.append(i == 0 ? "" : ",").append(activations[i].id());
        }
        return b.append("] ").append(head.id()).toString();
    }
}
