package dev.neuroevo.report;

import dev.neuroevo.run.GenerationRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * metrics.csv, its schema declared here once: the first columns keep their names and order for
 * good; every column added later is appended after them, by name. Then come the strategy's
 * diagnostics, named by the strategy and fixed for a run (e.g. ES's {@code sigma}, CMA-ES's
 * {@code condition}), and with re-selection on the loop's {@code reselected} and
 * {@code reselected_se}, {@code confirmed}, {@code confirmed_se} ({@code run.Experiment.RESELECTION_COLUMNS}).
 */
public final class MetricsTable {
    /** Fitness statistics, cumulative counts and the generation's wall time, in this order. */
    public static final List<String> FIXED = List.of("generation", "best", "mean", "std", "min", "evaluations",
            "env_steps", "seconds");
    /** Appended columns, in this order: fitness values that were NaN or infinite. */
    public static final List<String> APPENDED = List.of("nonfinite");

    private final List<String> header;
    private final List<GenerationMetrics> rows = new ArrayList<>();
    private final StringBuilder csv = new StringBuilder();

    public MetricsTable(List<String> diagnostics) {
        List<String> h = new ArrayList<>(FIXED);
        h.addAll(APPENDED);
        h.addAll(diagnostics);
        this.header = List.copyOf(h);
        csv.append(String.join(",", header)).append('\n');
    }

    /**
     * The table continued from {@code earlier}, the metrics.csv of a checkpoint: its rows are kept as
     * text (rows() holds only the rows added since).
     */
    public MetricsTable(List<String> diagnostics, String earlier) {
        this(diagnostics);
        int eol = earlier.indexOf('\n');
        String head = eol < 0 ? earlier : earlier.substring(0, eol);
        if (!head.equals(String.join(",", header))) {
            throw new IllegalArgumentException("metrics of another schema: " + head);
        }
        csv.append(earlier, eol + 1, earlier.length());
    }

    public List<String> header() {
        return header;
    }

    public GenerationMetrics add(GenerationRecord record) {
        GenerationMetrics m = GenerationMetrics.of(record);
        rows.add(m);
        csv.append(m.csv()).append('\n');
        return m;
    }

    public List<GenerationMetrics> rows() {
        return Collections.unmodifiableList(rows);
    }

    public String csv() {
        return csv.toString();
    }
}
