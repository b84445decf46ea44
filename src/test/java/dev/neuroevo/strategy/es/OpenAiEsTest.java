package dev.neuroevo.strategy.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.run.Job;
import dev.neuroevo.TestJobs;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.optim.Optimizer;
import dev.neuroevo.optim.Sgd;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenAiEsTest {

    private static Job job(String hocon) {
        return TestJobs.job("strategy.name = es, " + hocon);
    }

    private static OpenAiEs es(long seed, int population, boolean mirrored, Shaping shaping, Optimizer optimizer,
                               double lr, double sigma, double weightDecay, int dimension) {
        return new OpenAiEs(seed, new EsOptions(population, mirrored, shaping, optimizer, lr, 1, 0, sigma, 1, 0,
                weightDecay, 0.5), new boolean[dimension]);
    }

    @Test
    void antitheticPairsAreThetaPlusAndMinusOneEps() {
        Job job = job("strategy.population = 10, network.init-std = 0.5, run.seed = 7");
        OpenAiEs es = (OpenAiEs) job.strategy();
        EsState state = es.init();
        Plan plan = es.ask(state);
        assertEquals(11, plan.size());
        assertArrayEquals(state.theta(), plan.weights(0), "individual 0 is the mean itself");
        Set<Long> seeds = new HashSet<>();
        for (int pair = 0; pair < 5; pair++) {
            Perturbation plus = (Perturbation) plan.individuals().get(1 + 2 * pair);
            Perturbation minus = (Perturbation) plan.individuals().get(2 + 2 * pair);
            assertEquals(plus.seed(), minus.seed(), "a pair shares its noise");
            assertTrue(seeds.add(plus.seed()), "pairs have seeds of their own");
            assertEquals(1, plus.sign());
            assertEquals(-1, minus.sign());
            double[] xp = plan.weights(plus.id());
            double[] xm = plan.weights(minus.id());
            double moved = 0;
            for (int i = 0; i < xp.length; i++) {
                assertEquals(2 * state.theta()[i], xp[i] + xm[i], 1e-12);
                moved += Math.abs(xp[i] - state.theta()[i]);
            }
            assertTrue(moved / xp.length > 0.05, "eps times sigma 0.1 moves the weights");
        }
        assertFalse(Arrays.equals(plan.weights(1), plan.weights(3)), "pairs draw different eps");
    }

    @Test
    void unmirroredPerturbationsEachHaveTheirOwnSeedAndPlusSign() {
        OpenAiEs es = (OpenAiEs) job("strategy.population = 5, es.mirrored = false, run.seed = 3").strategy();
        Plan plan = es.ask(es.init());
        Set<Long> seeds = new HashSet<>();
        for (int k = 0; k < 5; k++) {
            Perturbation ind = (Perturbation) plan.individuals().get(k + 1);
            assertTrue(seeds.add(ind.seed()), "perturbation " + k + " has a seed of its own");
            assertEquals(1, ind.sign());
        }
    }

    @Test
    void theNoiseOfAPerturbationDependsOnTheRunSeedAndGenerationNotOnThePopulation() {
        Plan small = planOf("strategy.population = 4, run.seed = 5");
        Plan large = planOf("strategy.population = 40, run.seed = 5");
        Plan other = planOf("strategy.population = 4, run.seed = 6");
        for (int k = 1; k < small.size(); k++) {
            assertArrayEquals(small.weights(k), large.weights(k), 0);
            assertFalse(Arrays.equals(small.weights(k), other.weights(k)));
        }
        OpenAiEs es = (OpenAiEs) job("strategy.population = 4, run.seed = 5").strategy();
        EsState s0 = es.init();
        EsState s1 = es.tell(s0, es.ask(s0), new double[5]);
        Perturbation g0 = (Perturbation) es.ask(s0).individuals().get(1);
        Perturbation g1 = (Perturbation) es.ask(s1).individuals().get(1);
        assertNotEquals(g0.seed(), g1.seed(), "each generation draws new noise");
    }

    @Test
    void theBroadcastDoesNotGrowWithThePopulationNorAnIndividualWithTheNetwork() throws IOException {
        Plan small = planOf("strategy.population = 4, network.hidden = [4]");
        Plan large = planOf("strategy.population = 400, network.hidden = [4]");
        Plan wide = planOf("strategy.population = 4, network.hidden = [256]");
        assertEquals(bytes(small.breed()), bytes(large.breed()));
        assertEquals(bytes(small.individuals().get(1)), bytes(wide.individuals().get(1)));
        assertTrue(bytes(wide.breed()) > 8 * wide.breed().dimension(), "the broadcast is theta");
    }

    private static Plan planOf(String hocon) {
        OpenAiEs es = (OpenAiEs) job(hocon).strategy();
        return es.ask(es.init());
    }

    private static int bytes(Serializable o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.size();
    }

    @Test
    void theGradientOfALinearFitnessPointsAlongItsCoefficients() {
        int d = 20;
        double[] c = new double[d];
        SplitMix64 rng = new SplitMix64(11);
        for (int i = 0; i < d; i++) {
            c[i] = rng.nextGaussian();
        }
        for (boolean mirrored : new boolean[] {true, false}) {
            for (Shaping shaping : Shaping.values()) {
                // SGD at learning rate 1 without decay: theta moves by exactly the estimate g
                OpenAiEs es = es(5, 2000, mirrored, shaping, new Sgd(), 1, 0.1, 0, d);
                EsState s0 = es.init();
                Plan plan = es.ask(s0);
                double[] f = new double[plan.size()];
                for (int k = 0; k < f.length; k++) {
                    f[k] = dot(c, plan.weights(k));
                }
                EsState s1 = es.tell(s0, plan, f);
                double[] g = new double[d];
                for (int i = 0; i < d; i++) {
                    g[i] = s1.theta()[i] - s0.theta()[i];
                }
                double cosine = dot(g, c) / Math.sqrt(dot(g, g) * dot(c, c));
                assertTrue(cosine > 0.9, shaping + (mirrored ? " mirrored" : "") + ": cosine " + cosine);
            }
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    @Test
    void tellReportsTheScoredMeanAndDecaysRateAndSigmaToTheirFloors() {
        OpenAiEs es = new OpenAiEs(1, new EsOptions(4, true, Shaping.CENTERED_RANKS, new Sgd(), 1.0, 0.5, 0.3,
                0.2, 0.5, 0.08, 0, 0.5), new boolean[3]);
        EsState s = es.init();
        assertEquals(Double.NEGATIVE_INFINITY, s.incumbent().fitness());
        Plan p0 = es.ask(s);
        EsState s1 = es.tell(s, p0, new double[] {42, 1, 2, 3, 4});
        assertSame(s.theta(), s1.incumbent().weights(), "the best is the mean that was scored");
        assertEquals(42, s1.incumbent().fitness());
        assertNotEquals(s.theta()[0], s1.theta()[0]);
        assertEquals(1, s1.generation());
        assertEquals(0.5, s1.learningRate());
        assertEquals(0.1, s1.sigma());
        assertEquals(0.1, ((EsBreed) es.ask(s1).breed()).sigma(), "the next broadcast uses the decayed sigma");
        EsState s2 = es.tell(s1, es.ask(s1), new double[] {7, 1, 2, 3, 4});
        assertEquals(0.3, s2.learningRate());
        assertEquals(0.08, s2.sigma());
        assertEquals(7, s2.incumbent().fitness());
    }

    @Test
    void weightDecayShrinksThetaWhenTheFitnessIsFlat() {
        OpenAiEs es = es(2, 6, true, Shaping.Z_SCORE, new Sgd(), 0.5, 0.1, 0.1, 4);
        EsState s0 = es.init();
        EsState s1 = es.tell(s0, es.ask(s0), new double[7]);
        for (int i = 0; i < 4; i++) {
            assertEquals(s0.theta()[i] * (1 - 0.5 * 0.1), s1.theta()[i], 1e-15);
        }
    }

    @Test
    void thetaStartsAtZeroOrAtKeyedGaussianWeightsWithZeroBiases() {
        EsState zero = ((OpenAiEs) job("network.init-std = 0").strategy()).init();
        assertArrayEquals(new double[zero.theta().length], zero.theta());
        Job j = job("network.init-std = 0.5, network.hidden = [64], run.seed = 4");
        EsState s = ((OpenAiEs) j.strategy()).init();
        boolean[] bias = j.spec().biasMask();
        double sum = 0;
        double squares = 0;
        int weights = 0;
        for (int i = 0; i < bias.length; i++) {
            if (bias[i]) {
                assertEquals(0, s.theta()[i], 0, "bias " + i);
            } else {
                sum += s.theta()[i];
                squares += s.theta()[i] * s.theta()[i];
                weights++;
            }
        }
        double mean = sum / weights;
        double std = Math.sqrt(squares / weights - mean * mean);
        assertTrue(weights >= 256, weights + " weights");
        // hundreds of Gaussian draws: the sample std is within 10% of 0.5 and the mean within 0.1 of 0
        assertEquals(0.5, std, 0.05, "std of the initial weights");
        assertEquals(0, mean, 0.1, "mean of the initial weights");
        EsState again = ((OpenAiEs) job("network.init-std = 0.5, network.hidden = [64], run.seed = 4").strategy()).init();
        EsState other = ((OpenAiEs) job("network.init-std = 0.5, network.hidden = [64], run.seed = 5").strategy()).init();
        assertArrayEquals(s.theta(), again.theta(), 0);
        assertFalse(Arrays.equals(s.theta(), other.theta()));
    }

    @Test
    void sameSeedSameSteps() {
        OpenAiEs a = (OpenAiEs) job("run.seed = 9, network.init-std = 0.1").strategy();
        OpenAiEs b = (OpenAiEs) job("run.seed = 9, network.init-std = 0.1").strategy();
        EsState sa = a.init();
        EsState sb = b.init();
        double[] f = new double[65];
        for (int k = 0; k < f.length; k++) {
            f[k] = (k * 37) % 11;
        }
        for (int g = 0; g < 3; g++) {
            sa = a.tell(sa, a.ask(sa), f);
            sb = b.tell(sb, b.ask(sb), f);
        }
        assertArrayEquals(sa.theta(), sb.theta(), 0);
    }

    @Test
    void settingsThatDoNotFitAreRejected() {
        ConfigError odd = assertThrows(ConfigError.class, () -> job("strategy.population = 7"));
        assertTrue(odd.getMessage().contains("strategy.population"), odd.getMessage());
        job("strategy.population = 7, es.mirrored = false");
        ConfigError beta = assertThrows(ConfigError.class, () -> job("es.beta1 = 1.0"));
        assertTrue(beta.getMessage().contains("es.beta1"), beta.getMessage());
        for (String optimizer : List.of("sgd", "momentum", "adam")) {
            OpenAiEs es = (OpenAiEs) job("es.optimizer = " + optimizer).strategy();
            assertEquals(optimizer, es.params().optimizer().name());
        }
    }
}
