package dev.neuroevo.network;

import org.ojalgo.concurrent.Parallelism;
import org.ojalgo.matrix.operation.MultiplyNeither;

/**
 * ojAlgo's matrix products use every core of the machine unless told otherwise, and the setting is
 * JVM-wide: bound it once per JVM to the cores of one Spark task, so that the executor's
 * concurrent tasks do not oversubscribe it. Later calls change nothing.
 */
public final class MatrixThreads {
    private static int bound;

    private MatrixThreads() {
    }

    public static synchronized void bound(int threads) {
        if (bound == 0 && threads >= 1) {
            MultiplyNeither.PARALLELISM = threads == 1 ? Parallelism.ONE : () -> threads;
            bound = threads;
        }
    }
}
