package dev.neuroevo.spark;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Counts the bytes of task results that reach the driver: what a generation collects. */
final class ResultBytes extends SparkListener {
    private final AtomicLong bytes = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (taskEnd.taskMetrics() != null) {
            bytes.addAndGet(taskEnd.taskMetrics().resultSize());
        }
    }

    long total() {
        return bytes.get();
    }

    /** The total once the events of finished jobs have arrived (they come asynchronously). */
    long settled(SparkContext sc) {
        try {
            sc.listenerBus().waitUntilEmpty(10_000);
        } catch (TimeoutException e) {
            // A slow listener bus only makes the count late, not wrong for finished events.
        }
        return total();
    }
}
