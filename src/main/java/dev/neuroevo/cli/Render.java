package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.render.EpisodeFilm;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.task.control.EnvSpec;
import dev.neuroevo.task.control.Environments;
import dev.neuroevo.task.control.Policy;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neuroevo render MODEL [--env ID] [--seed S] --out FILE.gif}: one episode of a saved policy
 * as an animated GIF, drawn as Gymnasium's rgb_array mode draws it.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Plays one episode of a saved policy and writes it as an animated GIF.")
final class Render implements Callable<Integer> {
    @Mixin
    PolicyOptions options;

    @Option(names = "--out", paramLabel = "FILE.gif", required = true, description = "The GIF to write; any Hadoop path.")
    String out;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1", description = "Frame size as a multiple of Gymnasium's canvas (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() {
        if (!(scale >= 0.1 && scale <= 4)) {
            throw new ConfigError("--scale: must be from 0.1 to 4, got " + scale);
        }
        ModelFile m = ModelPath.read(options.model);
        EnvSpec spec = ModelPath.environment(m, options.model, options.env);
        Policy policy = new Policy(m.spec(), spec);
        policy.normalizeInputs(m.normalizer());
        EpisodeFilm.Result film = EpisodeFilm.record(Environments.make(spec.id()), policy, m.weights(),
                ModelPath.seed(options.seed), scale);
        ModelPath.write(out, film.gif());
        Main.Run.stdout.printf(Locale.ROOT, "%s: %s from seed %s, %d steps, return %.2f; %d frames, %,d bytes%n",
                out, spec.id(), options.seed, film.steps(), film.episodeReturn(), film.frames(), film.gif().length);
        return ExitCode.OK;
    }
}
