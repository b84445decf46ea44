package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.network.Head;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.run.StorageError;
import dev.neuroevo.task.control.EnvSpec;
import dev.neuroevo.task.control.Environments;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The MODEL argument of {@code evaluate} and {@code render}: a model file on any Hadoop path, or a
 * run's output directory (its {@code best-model.json}); and the file written by {@code --out}. Kept
 * apart from the command classes, whose methods picocli reads and must not name Hadoop types.
 */
final class ModelPath {
    private ModelPath() {
    }

    /** The model; a path that is not there or not a model exits 2, one that cannot be read 4. */
    static ModelFile read(String model) {
        String json;
        try {
            Path path = new Path(model);
            FileSystem fs = path.getFileSystem(HadoopProperties.configuration());
            if (fs.getFileStatus(path).isDirectory()) {
                path = new Path(path, "best-model.json");
            }
            try (InputStream in = fs.open(path)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (FileNotFoundException e) {
            throw new ConfigError("model '" + model + "': no such file (nor a run's output with best-model.json)");
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageError("cannot read model '" + model + "': " + e.getMessage(), e);
        }
        try {
            return ModelFile.parse(json);
        } catch (IllegalArgumentException e) {
            throw new ConfigError("model '" + model + "': " + e.getMessage());
        }
    }

    /**
     * The environment the model acts in: {@code --env} when given, else the model's task; a network
     * whose inputs, outputs or head do not fit it exits 2.
     */
    static EnvSpec environment(ModelFile m, String model, String env) {
        String id = env != null ? env : m.task();
        if (!Environments.exists(id)) {
            throw new ConfigError(env != null ? "--env: unknown environment '" + env + "'; known: " + Environments.ids()
                    : "model '" + model + "' is for task '" + id + "', not an environment: give --env ID"
                    + (id.equals("classification") ? ", or --data PATH to score a classifier" : ""));
        }
        EnvSpec spec = Environments.spec(id);
        boolean discrete = spec.actionSpace().isDiscrete();
        int observations = spec.observationSize();
        if (m.spec().inputs() != observations || m.spec().outputs() != spec.actionSpace().size()
                || (m.spec().head() == Head.ARGMAX) != discrete
                || m.normalizer() != null && m.normalizer().mean().length != observations) {
            throw new ConfigError("model '" + model + "' (" + m.spec().inputs() + " inputs, " + m.spec().outputs()
                    + " outputs, " + m.spec().head().id() + " head) does not fit " + id + " (" + observations
                    + " observations, actions " + spec.actionSpace() + ")");
        }
        return spec;
    }

    /** Writes {@code bytes} to {@code out} whole (a temporary name, then renamed). */
    static void write(String out, byte[] bytes) {
        try {
            Path path = new Path(out);
            FileSystem fs = path.getFileSystem(HadoopProperties.configuration());
            RunOutput.write(fs, fs.makeQualified(path), bytes);
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageError("cannot write '" + out + "': " + e.getMessage(), e);
        }
    }

    /** A seed as Gymnasium takes it, 0 to 2^64 - 1 (a negative long is read as its unsigned value). */
    static long seed(String seed) {
        try {
            return seed.startsWith("-") ? Long.parseLong(seed) : Long.parseUnsignedLong(seed);
        } catch (NumberFormatException e) {
            throw new ConfigError("--seed: '" + seed + "' is not an integer from 0 to 2^64 - 1");
        }
    }
}
