package dev.neuroevo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.config.ConfigError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report shows of one run: its name, metrics, summary.json (null while the run goes
 * on), the final evaluation's episode returns and, for a classifier, its test confusion matrix
 * (each null when the output has none).
 */
public record RunData(String name, MetricsColumns metrics, JsonNode summary, double[] returns,
                      long[][] confusion, List<String> labels) {

    /** final-returns.csv: one line per episode of the final evaluation. */
    public static final String RETURNS = "final-returns.csv";
    /** confusion.csv: the classifier's test split, true class by row, predicted class by column. */
    public static final String CONFUSION = "confusion.csv";

    /** A run still going on: its metrics so far. */
    public static RunData live(String name, String metricsCsv) {
        return new RunData(name, MetricsColumns.parse(metricsCsv, name + "/metrics.csv"), null, null, null, null);
    }

    /** Reads a run's output; a ConfigError names the file when it is missing or not what a run writes. */
    public static RunData read(RunOutput out) {
        String where = out.location();
        String csv = out.read("metrics.csv");
        if (csv == null) {
            throw new ConfigError("'" + where + "' has no metrics.csv: not the output of a run");
        }
        try {
            MetricsColumns metrics = MetricsColumns.parse(csv, where + "/metrics.csv");
            String summaryText = out.read("summary.json");
            JsonNode summary = summaryText == null ? null : new ObjectMapper().readTree(summaryText);
            String name = summary != null && summary.hasNonNull("job") ? summary.get("job").asText()
                    : out.path().getName();
            String returnsCsv = out.read(RETURNS);
            double[] returns = returnsCsv == null ? null : returns(returnsCsv);
            String confusionCsv = out.read(CONFUSION);
            if (confusionCsv == null) {
                return new RunData(name, metrics, summary, returns, null, null);
            }
            List<String> lines = confusionCsv.lines().filter(l -> !l.isBlank()).toList();
            List<String> head = List.of(lines.get(0).split(",", -1));
            List<String> labels = head.subList(1, head.size());
            long[][] confusion = new long[labels.size()][labels.size()];
            for (int r = 0; r < labels.size(); r++) {
                String[] cells = lines.get(r + 1).split(",", -1);
                for (int c = 0; c < labels.size(); c++) {
                    confusion[r][c] = Long.parseLong(cells[c + 1]);
                }
            }
            return new RunData(name, metrics, summary, returns, confusion, labels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigError c) {
                throw c;
            }
            throw new ConfigError("'" + where + "': unreadable run output: " + e.getMessage());
        }
    }

    private static double[] returns(String csv) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        double[] out = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            out[i - 1] = Double.parseDouble(lines.get(i).substring(lines.get(i).indexOf(',') + 1));
        }
        return out;
    }

    /** final-returns.csv of these returns. */
    public static String returnsCsv(double[] returns) {
        StringBuilder b = new StringBuilder("episode,return\n");
        for (int i = 0; i < returns.length; i++) {
            b.append(i).append(',').append(returns[i]).append('\n');
        }
        return b.toString();
    }

    /** confusion.csv of this matrix; commas in a label become spaces. */
    public static String confusionCsv(long[][] confusion, String[] labels) {
        List<String> names = new ArrayList<>();
        for (String l : labels) {
            names.add(l.replace(',', ' ').replace('\n', ' '));
        }
        StringBuilder b = new StringBuilder("true\\predicted,").append(String.join(",", names)).append('\n');
        for (int r = 0; r < confusion.length; r++) {
            b.append(names.get(r));
            for (long n : confusion[r]) {
                b.append(',').append(n);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The title of the run in the page: job, strategy and task when summary.json says them. */
    public String title() {
        return summary == null ? name : name + " (" + summary.path("strategy").asText("?") + " on "
                + summary.path("task").asText("?") + ")";
    }
}
