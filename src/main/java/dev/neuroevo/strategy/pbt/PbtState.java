package dev.neuroevo.strategy.pbt;

import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.StrategyState;

/**
 * Population Based Training between rounds, on the driver: only scalars per member (the weights live
 * on the executors). Per member: the hyperparameters it trained with last (drawn from the priors
 * before the first round), its minibatch steps, its steps at its last exploit decision, its last
 * validation score and the member it copied last (-1). Also: the lineage (nine numbers per member and
 * round: round, member, learning rate, momentum, weight decay, batch size, score, copied from,
 * steps), the best member's weights so far (brought back from its executor when it improved), the
 * rounds done when the members were last written, the bytes broadcast so far and the members that
 * copied another in the last round. Arrays are never written after construction.
 *
 * <p>Plain-data view: {@code generation} (rounds done), {@code learningRate}, {@code momentum},
 * {@code weightDecay}, {@code batchSize}, {@code steps}, {@code readySince}, {@code scores},
 * {@code copiedFrom}, {@code lineage} (arrays with one entry per member, lineage nine per row),
 * {@code bestWeights} (absent before the first round), {@code bestFitness}, {@code bestGeneration},
 * {@code bestMember}, {@code snapshotRound}, {@code broadcastBytes}, {@code exploits}.
 */
public record PbtState(int generation, Hyperparameters[] hyper, long[] steps, long[] readySince, double[] scores,
                       int[] copiedFrom, double[] lineage, Incumbent incumbent, int bestMember, int snapshotRound,
                       long broadcastBytes, int exploits)
        implements StrategyState {

    static final int LINEAGE_WIDTH = 9;

    /** A checkpoint can hold this state only when the executors have written its members. */
    @Override
    public boolean resumable() {
        return snapshotRound == generation;
    }

    @Override
    public StateView view() {
        int n = hyper.length;
        double[] lr = new double[n];
        double[] m = new double[n];
        double[] wd = new double[n];
        double[] batch = new double[n];
        for (int i = 0; i < n; i++) {
            lr[i] = hyper[i].learningRate();
            m[i] = hyper[i].momentum();
            wd[i] = hyper[i].weightDecay();
            batch[i] = hyper[i].batchSize();
        }
        return StateView.builder().integer("generation", generation).array("learningRate", lr).array("momentum", m)
                .array("weightDecay", wd).array("batchSize", batch).array("steps", doubles(steps))
                .array("readySince", doubles(readySince)).array("scores", scores)
                .array("copiedFrom", doubles(copiedFrom)).array("lineage", lineage).incumbent(incumbent)
                .integer("bestMember", bestMember).integer("snapshotRound", snapshotRound)
                .integer("broadcastBytes", broadcastBytes).integer("exploits", exploits).build();
    }

    static PbtState of(StateView v) {
        double[] lr = v.array("learningRate");
        Hyperparameters[] hyper = new Hyperparameters[lr.length];
        for (int i = 0; i < lr.length; i++) {
            hyper[i] = new Hyperparameters(lr[i], v.array("momentum")[i], v.array("weightDecay")[i],
                    (int) v.array("batchSize")[i]);
        }
        double[] copied = v.array("copiedFrom");
        int[] from = new int[copied.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = (int) copied[i];
        }
        return new PbtState(v.smallInteger("generation"), hyper, longs(v.array("steps")),
                longs(v.array("readySince")), v.array("scores"), from, v.array("lineage"), v.incumbent(),
                v.smallInteger("bestMember"),
                v.smallInteger("snapshotRound"), v.integer("broadcastBytes"), v.smallInteger("exploits"));
    }

    private static double[] doubles(long[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    private static double[] doubles(int[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    private static long[] longs(double[] a) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (long) a[i];
        }
        return out;
    }
}
