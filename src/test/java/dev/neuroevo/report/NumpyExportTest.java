package dev.neuroevo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkInvoker;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.RawInputs;
import dev.neuroevo.task.control.EnvSpec;
import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Environments;
import dev.neuroevo.task.control.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's numpy snippet, as the README prints it, run by the machine's python3 on model files
 * and inputs written here: its outputs equal the Java forward pass to 1e-9, and its actions the ones
 * the Java policy took (or the labels the model file classifies rows with).
 */
class NumpyExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static double[] gaussians(SplitMix64 rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * rng.nextGaussian();
        }
        return v;
    }

    @Test
    void aContinuousPolicyBehindANormaliserActsAsInJava() throws Exception {
        String id = "LunarLanderContinuous-v3";
        EnvSpec env = Environments.spec(id);
        NetworkSpec spec = new NetworkSpec(new int[] {8, 16, 6, 2},
                new Activation[] {Activation.RELU, Activation.SIGMOID, Activation.TANH}, Head.TANH);
        SplitMix64 rng = new SplitMix64(11);
        double[] weights = gaussians(rng, spec.parameterCount(), 0.7);
        double[] std = new double[8];
        for (int i = 0; i < std.length; i++) {
            std[i] = 0.05 + Math.abs(rng.nextGaussian());
        }
        // a narrow normaliser, so that some inputs are clipped
        InputNormalizer normalizer = new InputNormalizer(gaussians(rng, 8, 0.1), std, 2.0);
        checkEpisode(new ModelFile(id, spec, weights, normalizer, null), env);
    }

    @Test
    void aDiscretePolicyActsAsInJava() throws Exception {
        String id = "Acrobot-v1";
        EnvSpec env = Environments.spec(id);
        NetworkSpec spec = NetworkSpec.of(6, new int[] {8}, 3, Activation.TANH, Activation.LINEAR, Head.ARGMAX);
        checkEpisode(new ModelFile(id, spec, gaussians(new SplitMix64(12), spec.parameterCount(), 1.0), null, null), env);
    }

    /** One episode of the Java policy; numpy gets its observations and must give its outputs and actions. */
    private void checkEpisode(ModelFile model, EnvSpec env) throws Exception {
        Environment e = Environments.make(env.id());
        Policy policy = new Policy(model.spec(), env);
        policy.normalizeInputs(model.normalizer());
        NetworkInvoker net = new NetworkInvoker(model.spec());
        List<double[]> inputs = new ArrayList<>();
        List<double[]> outputs = new ArrayList<>();
        List<Object> actions = new ArrayList<>();
        double[] normalized = new double[env.observationSize()];
        double[] obs = e.reset(3);
        while (!e.terminated() && !e.truncated() && inputs.size() < 300) {
            inputs.add(obs.clone());
            double[] in = obs;
            if (model.normalizer() != null) {
                model.normalizer().apply(obs, normalized);
                in = normalized;
            }
            outputs.add(net.forward(model.weights(), in).clone());
            policy.act(e, model.weights(), obs);
            actions.add(policy.discrete() ? (Object) policy.lastDiscreteAction() : policy.lastContinuousAction().clone());
        }
        JsonNode numpy = runSnippet(model, inputs);
        compare(outputs, numpy.get("outputs"), model.spec().outputs());
        for (int r = 0; r < actions.size(); r++) {
            if (actions.get(r) instanceof double[] a) {
                for (int j = 0; j < a.length; j++) {
                    assertEquals(a[j], numpy.get("actions").get(r).get(j).asDouble(), 1e-9, "action of row " + r);
                }
            } else {
                assertEquals(actions.get(r), numpy.get("actions").get(r).asInt(), "action of row " + r);
            }
        }
    }

    @Test
    void aClassifierStandardisesRawRowsAsInJava() throws Exception {
        NetworkSpec spec = NetworkSpec.of(5, new int[] {7}, 3, Activation.RELU, Activation.LINEAR, Head.ARGMAX);
        SplitMix64 rng = new SplitMix64(13);
        double[] std = new double[5];
        for (int i = 0; i < std.length; i++) {
            std[i] = 0.5 + Math.abs(rng.nextGaussian()) * 3;
        }
        RawInputs raw = new RawInputs(gaussians(rng, 5, 4), std, new String[] {"cat", "dog", "emu"});
        ModelFile model = new ModelFile("classification", spec, gaussians(rng, spec.parameterCount(), 1), null, raw);
        NetworkInvoker net = new NetworkInvoker(spec);
        List<double[]> rows = new ArrayList<>();
        List<double[]> outputs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double[] standardized = new double[5];
        for (int r = 0; r < 200; r++) {
            double[] row = gaussians(rng, 5, 5);
            rows.add(row);
            raw.apply(row, standardized);
            outputs.add(net.forward(model.weights(), standardized).clone());
            labels.add(model.classify(row));
        }
        JsonNode numpy = runSnippet(model, rows);
        compare(outputs, numpy.get("outputs"), 3);
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(labels.get(r), numpy.get("labels").get(r).asText(), "label of row " + r);
        }
        assertTrue(labels.stream().distinct().count() > 1, "rows of more than one class: " + labels);
    }

    private static void compare(List<double[]> java, JsonNode numpy, int outputs) {
        assertEquals(java.size(), numpy.size());
        for (int r = 0; r < java.size(); r++) {
            for (int j = 0; j < outputs; j++) {
                assertEquals(java.get(r)[j], numpy.get(r).get(j).asDouble(), 1e-9, "output " + j + " of row " + r);
            }
        }
    }

    /** The README's snippet on best-model.json, then a batch of inputs through its forward and act. */
    private JsonNode runSnippet(ModelFile model, List<double[]> inputs) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("best-model.json"), model.toJson());
        Files.writeString(dir.resolve("inputs.json"), JSON.writeValueAsString(inputs));
        String script = snippet() + String.join("\n",
                "x = np.array(json.load(open('inputs.json')))",
                "y = forward(x)",
                "out = {'outputs': y.tolist(), 'actions': act(y).tolist()}",
                "if 'labels' in m: out['labels'] = [m['labels'][k] for k in y.argmax(-1)]",
                "json.dump(out, open('numpy.json', 'w'))", "");
        Files.writeString(dir.resolve("check.py"), script);
        Process p = new ProcessBuilder("/usr/bin/python3", "check.py").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 finished");
        assertEquals(0, p.exitValue(), script + "\n---\n" + output);
        return JSON.readTree(dir.resolve("numpy.json").toFile());
    }

    /** The python block after the README's numpy-snippet marker, which must stay under ten lines. */
    static String snippet() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int marker = readme.indexOf("<!-- numpy-snippet: NumpyExportTest runs this block -->");
        assertTrue(marker >= 0 && readme.get(marker + 1).equals("```python"), "the README marks its numpy snippet");
        StringBuilder code = new StringBuilder();
        int lines = 0;
        for (int i = marker + 2; !readme.get(i).startsWith("```"); i++) {
            code.append(readme.get(i)).append('\n');
            lines++;
        }
        assertTrue(lines < 10, "the snippet has " + lines + " lines");
        return code.toString();
    }
}
