package dev.neuroevo.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * --verbose: one line per Spark job with each partition's task time and executor, to see
 * stragglers and skew. Spark calls it on its listener thread, so lines arrive just after the job.
 */
public final class PartitionTimings extends SparkListener {
    private final Consumer<String> out;
    private final Map<Integer, Integer> jobOfStage = new HashMap<>();
    private final Map<Integer, String> descriptions = new HashMap<>();
    private final Map<Integer, List<TaskInfo>> tasks = new HashMap<>();

    private PartitionTimings(Consumer<String> out) {
        this.out = out;
    }

    /** Prints each job's partition timings to {@code out} from now on. */
    public static void attach(JavaSparkContext jsc, Consumer<String> out) {
        jsc.sc().addSparkListener(new PartitionTimings(out));
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart start) {
        for (Object stage : scala.jdk.javaapi.CollectionConverters.asJava(start.stageIds())) {
            jobOfStage.put((Integer) stage, start.jobId());
        }
        String description = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
        descriptions.put(start.jobId(), description == null ? "job " + start.jobId() : description);
        tasks.put(start.jobId(), new ArrayList<>());
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        Integer job = jobOfStage.get(end.stageId());
        if (job != null && tasks.containsKey(job)) {
            tasks.get(job).add(end.taskInfo());
        }
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd end) {
        List<TaskInfo> done = tasks.remove(end.jobId());
        String description = descriptions.remove(end.jobId());
        jobOfStage.values().removeIf(j -> j == end.jobId());
        if (done == null) {
            return;
        }
        done.sort((a, b) -> Integer.compare(a.partitionId(), b.partitionId()));
        StringBuilder b = new StringBuilder("  ").append(description).append(':');
        for (TaskInfo t : done) {
            b.append(String.format(Locale.ROOT, " p%d %d ms (%s%s)", t.partitionId(), t.duration(), t.executorId(),
                    t.successful() ? "" : ", failed"));
        }
        out.accept(b.toString());
    }
}
