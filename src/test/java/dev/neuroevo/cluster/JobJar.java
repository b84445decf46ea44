package dev.neuroevo.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The job jar as the shade plugin makes it (the project's classes and its compile-scope libraries,
 * Spark and Hadoop left out), built from target/classes: {@code mvn test} runs before {@code package}.
 */
final class JobJar {
    /** The compile-scope libraries the shaded jar carries; everything else on the runtime classpath is Spark's. */
    static final List<String> BUNDLED = List.of("/org/ojalgo/", "/com/typesafe/config/", "/info/picocli/", "/org/jbox2d/");

    private JobJar() {
    }

    static boolean bundled(String jar) {
        return BUNDLED.stream().anyMatch(jar::contains);
    }

    static Path build(Path out, List<String> runtimeClasspath) throws IOException {
        Set<String> seen = new HashSet<>();
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out))) {
            Path classes = Path.of("target/classes");
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = classes.relativize(f).toString().replace('\\', '/');
                    seen.add(name);
                    jar.putNextEntry(new JarEntry(name));
                    Files.copy(f, jar);
                    jar.closeEntry();
                }
            }
            for (String lib : runtimeClasspath.stream().filter(JobJar::bundled).toList()) {
                try (JarFile in = new JarFile(lib)) {
                    for (JarEntry e : in.stream().toList()) {
                        String name = e.getName();
                        boolean signature = name.matches("META-INF/[^/]*\\.(SF|DSA|RSA)");
                        if (e.isDirectory() || signature || name.endsWith("module-info.class") || !seen.add(name)) {
                            continue;
                        }
                        jar.putNextEntry(new JarEntry(name));
                        try (InputStream data = in.getInputStream(e)) {
                            data.transferTo(jar);
                        }
                        jar.closeEntry();
                    }
                }
            }
        }
        return out;
    }
}
