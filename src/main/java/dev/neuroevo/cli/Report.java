package dev.neuroevo.cli;

import dev.neuroevo.report.Plots;
import dev.neuroevo.report.ReportPage;
import dev.neuroevo.report.RunData;
import dev.neuroevo.report.RunOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neuroevo report OUTPUT [OUTPUT ...] [--out DIR]}: the runs' plots and report.html, several runs overlaid. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes report.html (one self-contained page) and a PNG per plot for one or more runs' outputs;"
                + " several runs overlay their curves.")
final class Report implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "OUTPUT", description = "A run's output directory (any Hadoop path).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where the page and plots go (default: the first OUTPUT).")
    String out;

    @Override
    public Integer call() {
        Configuration hadoop = HadoopProperties.configuration();
        List<RunData> runs = new ArrayList<>();
        RunOutput first = null;
        for (String o : outputs) {
            RunOutput output = RunOutput.existing(o, hadoop);
            first = first == null ? output : first;
            runs.add(RunData.read(output));
        }
        RunOutput target = out == null ? first : new RunOutput(out, hadoop);
        long start = System.nanoTime();
        List<Plots.Figure> figures = ReportPage.write(target, runs);
        Main.Run.stdout.printf(Locale.ROOT, "report: %s/%s (%d plots, %.2f s)%n", target.location(), ReportPage.FILE,
                figures.size(), (System.nanoTime() - start) / 1e9);
        return ExitCode.OK;
    }
}
