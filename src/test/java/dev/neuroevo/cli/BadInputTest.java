package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed configurations exit 2 with one line naming the setting or file, before Spark starts. */
class BadInputTest {
    @TempDir
    Path dir;

    /** A PBT job whose settings are checked before its data set is read. */
    private static final String PBT = "task.name = classification, data.path = \"rows.csv\", strategy.name = pbt\n";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("strategy.populaton = 10", List.of(), "strategy.populaton"),
                Arguments.of("strategy.population = \"many\"", List.of(), "strategy.population"),
                Arguments.of("strategy.population = 1", List.of(), "strategy.population"),
                Arguments.of("strategy.population = 10.5", List.of(), "strategy.population"),
                Arguments.of("mutation.sigma = -0.1", List.of(), "mutation.sigma"),
                Arguments.of("mutation.rate = 1.5", List.of(), "mutation.rate"),
                Arguments.of("strategy.name = simulated-annealing", List.of(), "strategy.name"),
                Arguments.of("ga.selection = roulette", List.of(), "ga.selection"),
                Arguments.of("network.hidden = 16", List.of(), "network.hidden"),
                Arguments.of("network.hidden = [16, 0]", List.of(), "network.hidden"),
                Arguments.of("network.activation = softplus", List.of(), "network.activation"),
                Arguments.of("task.name = \"CartPole-v9\"", List.of(), "task.name"),
                Arguments.of("task = 3", List.of(), "task"),
                Arguments.of("stop.goal = high", List.of(), "stop.goal"),
                Arguments.of("stop.generations = 0", List.of(), "stop.generations"),
                Arguments.of("run.seed = 1.5", List.of(), "run.seed"),
                Arguments.of("strategy.name = ga, strategy.population = 4, ga.elites = 4", List.of(), "ga.elites"),
                Arguments.of("", List.of("--set", "task.episodes=0"), "task.episodes"),
                Arguments.of("", List.of("--set", "no.such.key=1"), "no.such.key"),
                Arguments.of("", List.of("--set", "justakey"), "justakey"),
                Arguments.of("strategy { population = 10", List.of(), "job.conf"),
                Arguments.of("strategy.population = 3000000000", List.of(), "strategy.population"),
                Arguments.of("run.seed = 1e30", List.of(), "run.seed"),
                Arguments.of("strategy.name = ga, strategy.population = 8, ga.parents = 9", List.of(), "ga.parents"),
                Arguments.of("strategy.name = es, es.optimizer = momentum, es.momentum = 1", List.of(), "es.momentum"),
                Arguments.of("task.name = sphere, task.normalize-observations = on", List.of(),
                        "task.normalize-observations"),
                Arguments.of("task.name = sphere, strategy.name = cmaes, function.dimension = 3,"
                        + " cmaes.x0-box = [-5, 5, 1]", List.of(), "cmaes.x0-box"),
                Arguments.of("task.name = sphere, strategy.name = cmaes, cmaes.x0-box = [5, -5]", List.of(),
                        "cmaes.x0-box"),
                Arguments.of("task.name = sphere, strategy.name = cmaes, cmaes.ipop-restarts = 2,"
                        + " cmaes.restart-scheme = sipop", List.of(), "cmaes.restart-scheme"),
                Arguments.of("include \"shared/missing-base.conf\"\nstrategy.population = 10", List.of(),
                        "missing-base.conf"),
                Arguments.of("strategy.name = pbt", List.of(), "strategy.name"),
                Arguments.of(PBT + "pbt.learning-rate { min = 0.1, max = 0.01 }", List.of(), "pbt.learning-rate.min"),
                Arguments.of(PBT + "pbt.momentum { prior = choice, values = [0.9, 1.0] }", List.of(),
                        "pbt.momentum.values"),
                Arguments.of(PBT + "pbt.weight-decay { prior = log-uniform, min = 0 }", List.of(),
                        "pbt.weight-decay.min"),
                Arguments.of(PBT + "pbt.exploit = greedy", List.of(), "pbt.exploit"),
                Arguments.of(PBT + "pbt.batch-size { prior = choice, values = [] }", List.of(), "pbt.batch-size.values"),
                Arguments.of("", List.of("--master", "locl[2]"), "--master"),
                Arguments.of("", List.of("--master", "local[2"), "--master"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void exitsTwoNamingTheKey(String job, List<String> extra, String named) throws IOException {
        Path file = dir.resolve("job.conf");
        Files.writeString(file, job);
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--output", dir.resolve("out").toString()));
        args.addAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args.toArray(new String[0]), new PrintStream(out), new PrintStream(err));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(ExitCode.BAD_INPUT, code, message);
        assertTrue(message.contains(named), "'" + message + "' should name " + named);
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written on bad input");
    }

    @Test
    void checkPrintsTheSettingsThatApplyAndWritesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"check", "jobs/cartpole-es.conf", "--set", "es.optimizer=momentum"},
                new PrintStream(out), new PrintStream(err));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("es.momentum = 0.9") && printed.contains("strategy.population = 50"), printed);
        assertFalse(printed.contains("es.beta1") || printed.contains("ga.parents") || printed.contains("cmaes.")
                || printed.contains("data.") || printed.contains("function."), "only what applies: " + printed);

        Path bad = dir.resolve("bad.conf");
        Files.writeString(bad, "strategy.name = ga, strategy.population = 4, ga.parents = 5");
        ByteArrayOutputStream badErr = new ByteArrayOutputStream();
        assertEquals(ExitCode.BAD_INPUT, Main.execute(new String[] {"check", bad.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(badErr)));
        assertTrue(badErr.toString(StandardCharsets.UTF_8).contains("ga.parents"));
    }

    @Test
    void anIncludedFileThatIsThereIsRead() throws IOException {
        Files.writeString(dir.resolve("base.conf"), "strategy.population = 12");
        Path job = dir.resolve("job.conf");
        Files.writeString(job, "include \"base.conf\"\ntask.episodes = 3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(ExitCode.OK, Main.execute(new String[] {"check", job.toString()}, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream())));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("strategy.population = 12"));
    }

    @ParameterizedTest
    @MethodSource("missingInputs")
    void missingFilesAndUnknownOptionsExitTwo(List<String> args, String named) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args.toArray(new String[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(ExitCode.BAD_INPUT, code, message);
        assertTrue(message.contains(named), "'" + message + "' should name " + named);
    }

    static Stream<Arguments> missingInputs() {
        return Stream.of(
                Arguments.of(List.of("run", "no/such/job.conf"), "no/such/job.conf"),
                Arguments.of(List.of("run", "jobs/cartpole-ga.conf", "--frobnicate"), "--frobnicate"),
                Arguments.of(List.of("run", "jobs/cartpole-ga.conf", "--jars", "missing.jar"), "missing.jar"),
                Arguments.of(List.of("fly"), "fly"));
    }
}
