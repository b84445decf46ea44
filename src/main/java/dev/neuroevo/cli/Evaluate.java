package dev.neuroevo.cli;

import dev.neuroevo.config.Choice;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.control.EnvSpec;
import dev.neuroevo.task.control.EpisodeTask;
import dev.neuroevo.task.supervised.DataFormat;
import dev.neuroevo.task.supervised.DataSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neuroevo evaluate MODEL [--env ID] [--episodes N] [--seed S] [--json]}: a saved policy on
 * fresh episodes, seeded as Gymnasium's {@code reset(seed=S)} then {@code reset()}, which is how a
 * run's final evaluation plays them (summary.json gives its seed); or, with {@code --data}, a saved
 * classifier's accuracy on a data set.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores a saved model: a policy on fresh episodes (mean, std, min and max return, solved),"
                + " or a classifier on a data set (--data).")
final class Evaluate implements Callable<Integer> {
    @Mixin
    PolicyOptions policy;

    @Option(names = "--episodes", paramLabel = "N", defaultValue = "100", description = "Episodes to play (default: ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--json", description = "Prints one JSON object instead of text.")
    boolean json;

    @Option(names = "--data", paramLabel = "PATH", description = "Scores a classifier on this data set (any Hadoop path).")
    String data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "Format of --data: csv, parquet, libsvm, idx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--label-column", paramLabel = "COLUMN", defaultValue = "last", description = "The label column of csv or parquet --data: last, first, an index or a name (default: ${DEFAULT-VALUE}).")
    String labelColumn;

    @Option(names = "--csv-header", description = "The csv --data starts with a header line.")
    boolean csvHeader;

    @Override
    public Integer call() {
        if (episodes < 1) {
            throw new ConfigError("--episodes: must be at least 1, got " + episodes);
        }
        String model = policy.model;
        ModelFile m = ModelPath.read(model);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", model);
        if (data != null) {
            DataFormat dataFormat;
            try {
                dataFormat = Choice.of(DataFormat.class, format);
            } catch (IllegalArgumentException e) {
                throw new ConfigError("--format: " + e.getMessage());
            }
            result.put("data", data);
            result.putAll(ClassifierScore.of(m, model, new DataSource(data, dataFormat, labelColumn, csvHeader, null)));
            print(result, String.format(Locale.ROOT, "%s on %s: accuracy %.4f (%d of %d rows)", model, data,
                    (double) result.get("accuracy"), (long) result.get("correct"), (long) result.get("rows")));
            return ExitCode.OK;
        }
        EnvSpec spec = ModelPath.environment(m, model, policy.env);
        FinalEvaluation e = new EpisodeTask(spec.id(), 1, episodes)
                .finalEvaluation(m.spec(), m.weights(), m.normalizer(), ModelPath.seed(policy.seed));
        result.put("env", spec.id());
        result.putAll(e.fields());
        result.put("solved", e.solved());
        Map<String, Object> f = e.fields();
        print(result, String.format(Locale.ROOT, "%s on %s: %d episodes from seed %s%nmean return %.2f (std %.2f,"
                        + " min %.2f, max %.2f); %s (threshold %s)", model, spec.id(), episodes, f.get("seed"),
                f.get("mean_return"), f.get("std_return"), f.get("min_return"), f.get("max_return"),
                e.solved() ? "solved" : "not solved", f.get("reward_threshold")));
        return ExitCode.OK;
    }

    private void print(Map<String, Object> result, String text) {
        Main.Run.stdout.print(json ? ModelFile.json(result) : text + System.lineSeparator());
    }
}
