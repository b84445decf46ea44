package dev.neuroevo.cli;

import java.util.List;
import org.apache.spark.SparkConf;

/**
 * The Spark configuration of a run. Kept out of {@code Main.Run}, whose method signatures picocli
 * reflects on: a SparkConf there would make {@code --help} need Spark on the classpath.
 */
final class RunSparkConf {
    private RunSparkConf() {
    }

    /** {@code sparkProgress}: Spark's console progress bar (--verbose). */
    static SparkConf of(String name, String master, List<String> jars, boolean sparkProgress) {
        SparkConf conf = new SparkConf().setAppName("neuroevo " + name);
        if (master != null) {
            conf.setMaster(MasterUrl.check(master));
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!jars.isEmpty()) {
            conf.setJars(jars.toArray(new String[0]));
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", Boolean.toString(sparkProgress));
        // A laptop run needs no web UI (nor its port); on a cluster it is where generations are watched.
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }
}
