package dev.neuroevo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * report.html: one page that opens from disk with nothing else, its plots embedded as data URIs,
 * and each plot also as a PNG beside it.
 */
public final class ReportPage {
    public static final String FILE = "report.html";

    private ReportPage() {
    }

    /** Draws the runs' plots and writes them, then the page, into {@code target}; returns the plots. */
    public static List<Plots.Figure> write(RunOutput target, List<RunData> runs) {
        List<Plots.Figure> figures = Plots.of(runs);
        for (Plots.Figure f : figures) {
            target.write(f.file(), f.png());
        }
        target.write(FILE, html(runs, figures));
        return figures;
    }

    static String html(List<RunData> runs, List<Plots.Figure> figures) {
        String title = "neuroevo report: " + String.join(", ", runs.stream().map(RunData::name).toList());
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em auto;max-width:960px;color:#222}\n")
                .append("table{border-collapse:collapse;font-size:0.9em;margin-bottom:1em}\n")
                .append("td,th{border:1px solid #ccc;padding:0.25em 0.6em;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}\n")
                .append("figure{margin:1em 0}img{max-width:100%;border:1px solid #eee}\n")
                .append("figcaption{font-size:0.85em;color:#555}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        b.append("<table>\n<tr><th>run</th><th>generations</th><th>evaluations</th><th>env steps</th>"
                + "<th>best fitness</th><th>stop</th><th>final evaluation</th><th>solved</th></tr>\n");
        for (RunData r : runs) {
            MetricsColumns m = r.metrics();
            JsonNode s = r.summary();
            int last = m.rows() - 1;
            b.append("<tr><td>").append(escape(r.title())).append("</td><td>").append(m.rows())
                    .append("</td><td>").append(last < 0 ? "" : (long) m.column("evaluations")[last])
                    .append("</td><td>").append(last < 0 ? "" : (long) m.column("env_steps")[last])
                    .append("</td><td>").append(s == null ? "" : number(s.path("best_fitness").asDouble(Double.NaN)))
                    .append("</td><td>").append(s == null ? "running" : escape(s.path("stop_reason").asText()))
                    .append("</td><td>").append(s == null ? "" : escape(finalEvaluation(s.path("final_evaluation"))))
                    .append("</td><td>").append(s == null ? "" : s.path("solved").asBoolean() ? "yes" : "no")
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        for (Plots.Figure f : figures) {
            b.append("<figure id=\"").append(escape(f.file())).append("\"><img alt=\"").append(escape(f.title()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                    .append("\"><figcaption>").append(escape(f.title())).append(" (").append(escape(f.file()))
                    .append(")</figcaption></figure>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /** The score summary.json's final evaluation amounts to: mean return, test accuracy or function value. */
    private static String finalEvaluation(JsonNode f) {
        for (String field : List.of("mean_return", "test_accuracy", "f", "fitness")) {
            if (f.hasNonNull(field)) {
                return field.replace('_', ' ') + " " + number(f.get(field).asDouble());
            }
        }
        return "";
    }

    private static String number(double v) {
        double a = Math.abs(v);
        return a != 0 && (a < 1e-2 || a >= 1e7) ? String.format(Locale.ROOT, "%.4e", v)
                : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
