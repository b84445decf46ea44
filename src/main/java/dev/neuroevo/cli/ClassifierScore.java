package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.spark.DatasetReader;
import dev.neuroevo.task.supervised.DataSource;
import dev.neuroevo.task.supervised.Dataset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * A saved classifier's accuracy on a data set read as a run reads one (Spark SQL on a local
 * session), every row classified by the model file alone: its standardisation, network and labels.
 */
final class ClassifierScore {
    private ClassifierScore() {
    }

    static Map<String, Object> of(ModelFile m, String model, DataSource source) {
        if (m.rawInputs() == null || m.rawInputs().labels() == null) {
            throw new ConfigError("model '" + model + "' is not a classifier (its file has no labels): --data needs one");
        }
        Dataset rows;
        try (JavaSparkContext jsc = new JavaSparkContext(RunSparkConf.of("evaluate", null, List.of(), false))) {
            jsc.setLogLevel("WARN");
            rows = DatasetReader.read(SparkSession.builder().sparkContext(jsc.sc()).getOrCreate(), source);
        }
        if (rows.features() != m.spec().inputs()) {
            throw new ConfigError("data set '" + source.path() + "' has " + rows.features()
                    + " features; model '" + model + "' takes " + m.spec().inputs());
        }
        double[] row = new double[rows.features()];
        long correct = 0;
        for (int i = 0; i < rows.rows(); i++) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rows.value(i, j);
            }
            if (m.classify(row).equals(rows.classes()[rows.label(i)])) {
                correct++;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", (long) rows.rows());
        result.put("correct", correct);
        result.put("accuracy", (double) correct / rows.rows());
        return result;
    }
}
