package dev.neuroevo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.RawInputs;
import dev.neuroevo.task.control.ActionSpace;
import dev.neuroevo.task.control.Environments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exported network, {@code best-model.json}: a JSON object with {@code format}
 * ("neuroevo-mlp"), {@code version} (1), {@code task}, {@code layers} (sizes, input first),
 * {@code activations} (one per layer), {@code head} (argmax or tanh), {@code parameters} and
 * {@code weights}: for each layer, the weight matrix as [inputs][outputs] row-major, then that
 * layer's biases; and, when inputs were normalised, {@code input_normalization} ({@code mean},
 * {@code std}, {@code clip}: the network sees {@code clip((x - mean) / std)}). Version 2 adds, for a
 * task that reads a data set, {@code feature_standardization} ({@code mean}, {@code std}: the network
 * sees {@code float32((x - mean) / std)}) and {@code labels} (the class of each output), so that the
 * file alone classifies raw rows ({@link #classify}); version 1 files, which have neither, still load.
 * A policy with the tanh head for an environment also has {@code action_low} and {@code action_high},
 * the bounds its outputs are scaled to (read by the numpy snippet of the README, not by {@link #parse}).
 *
 * <p>A regression model (head {@code identity}) has {@code feature_standardization} and
 * {@code target_standardization} ({@code mean}, {@code std} of the training targets: the prediction
 * in the target's units is {@code output * std + mean}, {@link #predict}); version 2 files without it
 * still load, and predict the network's output as it is.
 * Numbers are printed so that they read back to the same doubles.
 */
public record ModelFile(String task, NetworkSpec spec, double[] weights, InputNormalizer normalizer,
                        RawInputs rawInputs) {
    public static final String FORMAT = "neuroevo-mlp";
    public static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("task", task);
        m.put("layers", spec.sizes());
        List<String> acts = new ArrayList<>();
        for (Activation a : spec.activations()) {
            acts.add(a.id());
        }
        m.put("activations", acts);
        m.put("head", spec.head().id());
        m.put("layout", "per layer: weights [inputs][outputs] row-major, then biases [outputs]");
        m.put("parameters", weights.length);
        m.put("weights", weights);
        if (normalizer != null) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("mean", normalizer.mean());
            n.put("std", normalizer.std());
            n.put("clip", normalizer.clip());
            m.put("input_normalization", n);
        }
        if (spec.head() == Head.TANH && Environments.exists(task)) {
            // the tanh head's scaling, so that the file alone gives the action (the numpy snippet)
            ActionSpace actions = Environments.spec(task).actionSpace();
            m.put("action_low", actions.low());
            m.put("action_high", actions.high());
        }
        if (rawInputs != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("mean", rawInputs.mean());
            f.put("std", rawInputs.std());
            m.put("feature_standardization", f);
            if (rawInputs.labels() != null) {
                m.put("labels", rawInputs.labels());
            }
            if (rawInputs.target() != null) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("mean", rawInputs.target()[0]);
                t.put("std", rawInputs.target()[1]);
                m.put("target_standardization", t);
            }
        }
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelFile parse(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (!FORMAT.equals(n.path("format").asText())) {
                throw new IllegalArgumentException("not a " + FORMAT + " file");
            }
            int version = n.path("version").asInt(1);
            if (version < 1 || version > VERSION) {
                throw new IllegalArgumentException("model file version " + version + " is not one of 1.." + VERSION);
            }
            int[] sizes = JSON.convertValue(n.get("layers"), int[].class);
            Activation[] acts = new Activation[sizes.length - 1];
            for (int i = 0; i < acts.length; i++) {
                acts[i] = Activation.of(n.get("activations").get(i).asText());
            }
            NetworkSpec spec = new NetworkSpec(sizes, acts, Head.of(n.get("head").asText()));
            double[] w = JSON.convertValue(n.get("weights"), double[].class);
            if (w.length != spec.parameterCount()) {
                throw new IllegalArgumentException("model has " + w.length + " weights, its layers need "
                        + spec.parameterCount());
            }
            InputNormalizer norm = null;
            JsonNode in = n.get("input_normalization");
            if (in != null) {
                norm = new InputNormalizer(JSON.convertValue(in.get("mean"), double[].class),
                        JSON.convertValue(in.get("std"), double[].class), in.get("clip").asDouble());
            }
            RawInputs raw = null;
            JsonNode f = n.get("feature_standardization");
            if (f != null) {
                JsonNode labels = n.get("labels");
                JsonNode t = n.get("target_standardization");
                raw = new RawInputs(JSON.convertValue(f.get("mean"), double[].class),
                        JSON.convertValue(f.get("std"), double[].class),
                        labels == null ? null : JSON.convertValue(labels, String[].class),
                        t == null ? null : new double[] {t.get("mean").asDouble(), t.get("std").asDouble()});
            }
            return new ModelFile(n.path("task").asText(), spec, w, norm, raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("model file is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The label of a raw row, by the file alone: its standardisation, the network and the argmax
     * head (the output's index as text when the file names no labels).
     */
    public String classify(double[] row) {
        double[] in = row;
        if (rawInputs != null) {
            in = new double[spec.inputs()];
            rawInputs.apply(row, in);
        }
        int k = new NetworkInvoker(spec).argmax(weights, in);
        return rawInputs != null && rawInputs.labels() != null ? rawInputs.labels()[k] : Integer.toString(k);
    }

    /** A regression model's prediction for a raw row in the target's units, by the file alone. */
    public double predict(double[] row) {
        double[] in = row;
        if (rawInputs != null) {
            in = new double[spec.inputs()];
            rawInputs.apply(row, in);
        }
        double y = new NetworkInvoker(spec).forward(weights, in)[0];
        return rawInputs != null ? rawInputs.prediction(y) : y;
    }

    /** {@code value} as indented JSON, numbers exact as in the model file. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
