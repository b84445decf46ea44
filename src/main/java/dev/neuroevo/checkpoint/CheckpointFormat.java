package dev.neuroevo.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neuroevo.run.LoopState;
import dev.neuroevo.run.Reselected;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A checkpoint as files: a JSON manifest ({@code manifest.json}: format, version, generation, the
 * loop's counters, the strategy's integers, numbers and texts, and the SHA-256 and size of every
 * other file) and one raw little-endian float64 file per array ({@code numpy.fromfile(f, "<f8")}
 * reads it), plus config.conf and metrics.csv as text. Non-finite numbers are JSON strings
 * ("NaN", "Infinity", "-Infinity"); finite ones print so that they read back to the same double.
 */
final class CheckpointFormat {
    static final String FORMAT = "neuroevo-checkpoint";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final String STATE = "state.";
    private static final String OBS_SUM = "observations.sum.f64";
    private static final String OBS_SUMSQ = "observations.sumsq.f64";
    private static final String NORM_MEAN = "best-normalizer.mean.f64";
    private static final String NORM_STD = "best-normalizer.std.f64";
    private static final String GOALS = "goal-fitness.f64";
    private static final String RESELECTED = "reselected.weights.f64";
    private static final String RESELECTED_MEAN = "reselected-normalizer.mean.f64";
    private static final String RESELECTED_STD = "reselected-normalizer.std.f64";
    private static final String CONFIG = "config.conf";
    private static final String METRICS = "metrics.csv";

    private CheckpointFormat() {
    }

    /** The manifest without its {@code files} entry, and the data files by name, in writing order. */
    record Encoded(ObjectNode manifest, Map<String, byte[]> files) {
    }

    static Encoded encode(Checkpoint c, String job, String written) {
        LoopState l = c.loop();
        Map<String, byte[]> files = new LinkedHashMap<>();
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("generation", l.done());
        m.put("written", written);
        m.put("finished", c.finished());
        m.put("job", job);
        ObjectNode loop = m.putObject("loop");
        loop.put("streak", l.streak());
        loop.put("evaluations", l.evaluations());
        loop.put("env_steps", l.steps());
        loop.put("collected_bytes", l.collectedBytes());
        loop.set("wall_seconds", number(l.wallSeconds()));
        loop.put("attempts", l.attempts());
        if (l.resumedFrom() != null) {
            loop.put("resumed_from", l.resumedFrom());
        }
        files.put(GOALS, float64(l.goalFitness()));
        if (l.observations() != null) {
            loop.put("observation_count", l.observations().count());
            files.put(OBS_SUM, float64(l.observations().sum()));
            files.put(OBS_SUMSQ, float64(l.observations().sumSq()));
        }
        if (l.bestNormalizer() != null) {
            loop.set("best_normalizer_clip", number(l.bestNormalizer().clip()));
            files.put(NORM_MEAN, float64(l.bestNormalizer().mean()));
            files.put(NORM_STD, float64(l.bestNormalizer().std()));
        }
        Reselected r = l.reselected();
        if (r != null) {
            ObjectNode reselected = loop.putObject("reselected");
            reselected.set("score", number(r.score()));
            reselected.set("standard_error", number(r.standardError()));
            reselected.put("generation", r.generation());
            if (r.confirmation() != null) {
                reselected.set("confirmed_score", number(r.confirmedScore()));
                reselected.set("confirmed_standard_error", number(r.confirmedError()));
                reselected.put("confirmed_episodes", r.confirmation().episodes());
            }
            files.put(RESELECTED, float64(r.weights()));
            if (r.normalizer() != null) {
                reselected.set("normalizer_clip", number(r.normalizer().clip()));
                files.put(RESELECTED_MEAN, float64(r.normalizer().mean()));
                files.put(RESELECTED_STD, float64(r.normalizer().std()));
            }
        }
        ObjectNode state = m.putObject("state");
        ObjectNode integers = state.putObject("integers");
        ObjectNode numbers = state.putObject("numbers");
        ObjectNode texts = state.putObject("texts");
        ObjectNode arrays = state.putObject("arrays");
        l.strategy().values().forEach((k, v) -> {
            if (v instanceof Long x) {
                integers.put(k, x);
            } else if (v instanceof Double x) {
                numbers.set(k, number(x));
            } else if (v instanceof String x) {
                texts.put(k, x);
            } else {
                String file = STATE + k + ".f64";
                arrays.put(k, file);
                files.put(file, float64((double[]) v));
            }
        });
        files.put(CONFIG, c.config().getBytes(StandardCharsets.UTF_8));
        files.put(METRICS, c.metrics().getBytes(StandardCharsets.UTF_8));
        return new Encoded(m, files);
    }

    /** The checkpoint a verified manifest describes; {@code file} reads a data file it lists. */
    static Checkpoint decode(JsonNode m, Function<String, byte[]> file) {
        JsonNode loop = m.get("loop");
        StateView.Builder b = StateView.builder();
        JsonNode state = m.get("state");
        state.get("integers").fields().forEachRemaining(e -> b.integer(e.getKey(), e.getValue().longValue()));
        state.get("numbers").fields().forEachRemaining(e -> b.number(e.getKey(), number(e.getValue())));
        state.get("texts").fields().forEachRemaining(e -> b.text(e.getKey(), e.getValue().asText()));
        state.get("arrays").fields().forEachRemaining(e -> b.array(e.getKey(), float64(file.apply(e.getValue().asText()))));
        ObservationStats observations = loop.has("observation_count")
                ? new ObservationStats(loop.get("observation_count").longValue(), float64(file.apply(OBS_SUM)),
                        float64(file.apply(OBS_SUMSQ)))
                : null;
        InputNormalizer normalizer = loop.has("best_normalizer_clip")
                ? new InputNormalizer(float64(file.apply(NORM_MEAN)), float64(file.apply(NORM_STD)),
                        number(loop.get("best_normalizer_clip")))
                : null;
        JsonNode r = loop.get("reselected");
        Reselected reselected = r == null ? null : new Reselected(float64(file.apply(RESELECTED)),
                r.has("normalizer_clip") ? new InputNormalizer(float64(file.apply(RESELECTED_MEAN)),
                        float64(file.apply(RESELECTED_STD)), number(r.get("normalizer_clip"))) : null,
                number(r.get("score")), number(r.get("standard_error")), r.get("generation").intValue(),
                r.has("confirmed_score") ? new Reselected.Confirmation(number(r.get("confirmed_score")),
                        number(r.get("confirmed_standard_error")), r.get("confirmed_episodes").intValue()) : null);
        LoopState l = new LoopState(b.build(), observations, normalizer, float64(file.apply(GOALS)),
                loop.get("streak").intValue(), m.get("generation").intValue(), loop.get("evaluations").longValue(),
                loop.get("env_steps").longValue(), loop.get("collected_bytes").longValue(),
                number(loop.get("wall_seconds")), loop.get("attempts").intValue(),
                loop.has("resumed_from") ? loop.get("resumed_from").intValue() : null, true, reselected);
        return new Checkpoint(l, m.get("finished").booleanValue(), text(file.apply(CONFIG)), text(file.apply(METRICS)));
    }

    private static JsonNode number(double x) {
        return Double.isFinite(x) ? JsonNodeFactory.instance.numberNode(x)
                : JsonNodeFactory.instance.textNode(Double.toString(x));
    }

    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
    }

    static byte[] float64(double[] a) {
        ByteBuffer buf = ByteBuffer.allocate(a.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asDoubleBuffer().put(a);
        return buf.array();
    }

    static double[] float64(byte[] bytes) {
        double[] a = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(a);
        return a;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
