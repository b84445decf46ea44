package dev.neuroevo.strategy.pbt;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.StateView;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.Trained;
import dev.neuroevo.strategy.Individual;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Population Based Training (Jaderberg et al. 2017): members train by minibatch gradient side by
 * side, and every round, a member that has trained {@code ready-after} steps since its last
 * decision may copy a better one's weights, optimizer state and hyperparameters (exploit) and
 * change those hyperparameters (explore). A round is a generation. The members' weights stay on
 * the executors (see the PBT evaluator); the plan carries each member's hyperparameters and the
 * member it copies, drawn from (run seed, round, member, EXPLOIT / EXPLORE), and only scores come
 * back, with the weights of a member that beats the best so far: the network the run deploys is
 * the best member by validation score over all rounds.
 */
public final class PopulationBasedTraining implements Strategy<PbtState> {
    private final long seed;
    private final PbtOptions params;
    private final NetworkSpec spec;

    public PopulationBasedTraining(long seed, PbtOptions params, NetworkSpec spec) {
        this.seed = seed;
        this.params = params;
        this.spec = spec;
    }

    @Override
    public String name() {
        return "pbt";
    }

    public PbtOptions params() {
        return params;
    }

    /** Every member's hyperparameters drawn from the priors, (run seed, 0, member, EXPLORE); no round done. */
    @Override
    public PbtState init() {
        int n = params.population();
        Hyperparameters[] hyper = new Hyperparameters[n];
        for (int i = 0; i < n; i++) {
            hyper[i] = params.priors().sample(new SplitMix64(SplitMix64.key(seed, 0, i, Purpose.EXPLORE)));
        }
        int[] none = new int[n];
        Arrays.fill(none, -1);
        double[] scores = new double[n];
        Arrays.fill(scores, Double.NaN);
        return new PbtState(0, hyper, new long[n], new long[n], scores, none, new double[0],
                Incumbent.NONE, -1, 0, 0, 0);
    }

    @Override
    public Plan ask(PbtState state) {
        int round = state.generation();
        int n = params.population();
        Hyperparameters[] hyper = state.hyper().clone();
        int[] donors = new int[n];
        boolean[] ready = new boolean[n];
        Arrays.fill(donors, -1);
        for (int i = 0; round > 0 && i < n; i++) {
            ready[i] = state.steps()[i] - state.readySince()[i] >= params.readyAfter();
            if (!ready[i]) {
                continue;
            }
            int d = params.exploit().donor(i, state.scores(),
                    new SplitMix64(SplitMix64.key(seed, round, i, Purpose.EXPLOIT)));
            if (d >= 0) {
                donors[i] = d;
                hyper[i] = params.explore().apply(state.hyper()[d], params.priors(), params.resampleProbability(),
                        new SplitMix64(SplitMix64.key(seed, round, i, Purpose.EXPLORE)));
            }
        }
        List<Individual> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(new MemberRound(i, SplitMix64.key(seed, round, i, Purpose.SHUFFLE)));
        }
        PbtBreed breed = new PbtBreed(round, hyper, donors, ready, params.snapshot(round), state.incumbent().fitness(),
                state.snapshotRound(), spec.parameterCount(), seed, params);
        return new Plan(round, breed, List.copyOf(members));
    }

    @Override
    public PbtState tell(PbtState state, Plan plan, double[] fitness) {
        return tell(state, plan, fitness, null);
    }

    /** Records the round: steps, scores, lineage, and the best member's weights when it improved on the best. */
    @Override
    public PbtState tell(PbtState state, Plan plan, double[] fitness, Trained[] trained) {
        PbtBreed b = (PbtBreed) plan.breed();
        int n = params.population();
        int round = plan.generation();
        long[] steps = new long[n];
        long[] readySince = state.readySince().clone();
        int exploits = 0;
        double[] lineage = Arrays.copyOf(state.lineage(), state.lineage().length + n * PbtState.LINEAGE_WIDTH);
        for (int i = 0; i < n; i++) {
            int d = b.donors()[i];
            long base = d >= 0 ? state.steps()[d] : state.steps()[i];
            steps[i] = base + params.stepsPerRound();
            if (b.ready()[i]) {
                readySince[i] = base;
            }
            exploits += d >= 0 ? 1 : 0;
            Hyperparameters h = b.hyper()[i];
            int at = state.lineage().length + i * PbtState.LINEAGE_WIDTH;
            double[] row = {round, i, h.learningRate(), h.momentum(), h.weightDecay(), h.batchSize(), fitness[i], d,
                    steps[i]};
            System.arraycopy(row, 0, lineage, at, row.length);
        }
        int winner = b.winner(fitness);
        if (winner >= 0 && (trained == null || trained[winner] == null)) {
            throw new IllegalStateException("the evaluation did not bring back the weights of member " + winner);
        }
        long broadcast = (long) Double.BYTES * b.donorIds().length * params.memberValues(b.dimension());
        return new PbtState(round + 1, b.hyper(), steps, readySince, fitness.clone(), b.donors(), lineage,
                winner >= 0 ? new Incumbent(trained[winner].weights(), fitness[winner], round) : state.incumbent(),
                winner >= 0 ? winner : state.bestMember(), b.snapshot() ? round + 1 : state.snapshotRound(),
                state.broadcastBytes() + broadcast, exploits);
    }

    @Override
    public PbtState restore(StateView view) {
        return PbtState.of(view);
    }

    /**
     * Members that copied another this round, the bytes of donors broadcast so far, and the
     * hyperparameters the round's top-scoring member trained with (the report plots them).
     */
    @Override
    public List<String> diagnosticNames() {
        return List.of("exploits", "broadcast_bytes", "top_learning_rate", "top_momentum", "top_weight_decay",
                "top_batch_size");
    }

    @Override
    public double[] diagnostics(PbtState state) {
        Hyperparameters top = state.hyper()[Ranking.descending(state.scores())[0]];
        return new double[] {state.exploits(), state.broadcastBytes(), top.learningRate(), top.momentum(),
            top.weightDecay(), top.batchSize()};
    }

    @Override
    public Map<String, Object> summary(PbtState state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("broadcast_bytes", state.broadcastBytes());
        m.put("best_member", state.bestMember());
        return m;
    }

    /** pbt-lineage.csv: for every member and round, the hyperparameters it trained with, its score, whom it copied. */
    @Override
    public Map<String, String> files(PbtState state) {
        StringBuilder b = new StringBuilder(
                "member,round,learning_rate,momentum,weight_decay,batch_size,score,copied_from,steps\n");
        double[] l = state.lineage();
        for (int at = 0; at < l.length; at += PbtState.LINEAGE_WIDTH) {
            b.append((int) l[at + 1]).append(',').append((int) l[at]).append(',')
                    .append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,", l[at + 2], l[at + 3], l[at + 4]))
                    .append((int) l[at + 5]).append(',').append(l[at + 6]).append(',').append((int) l[at + 7])
                    .append(',').append((long) l[at + 8]).append('\n');
        }
        return Map.of("pbt-lineage.csv", b.toString());
    }
}
