package dev.neuroevo.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuroevo.config.Choice;
import dev.neuroevo.config.Setting;
import dev.neuroevo.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The wiring is the one boundary between settings and code. */
class SettingsBoundaryTest {

    @Test
    void everyChoiceListsExactlyItsEnumsIds() {
        Map<String, List<String>> declared = new TreeMap<>();
        Map<String, List<String>> inCode = new TreeMap<>();
        for (Setting s : Settings.declarations().values()) {
            if (s.type().equals("choice")) {
                declared.put(s.key(), s.choices());
                Class<? extends Enum<?>> type = Choices.BY_KEY.get(s.key());
                inCode.put(s.key(), type == null ? List.of()
                        : Arrays.stream(type.getEnumConstants()).map(e -> ((Choice) e).id()).toList());
            }
        }
        assertEquals(declared, inCode);
        assertEquals(declared.keySet(), new TreeMap<>(Choices.BY_KEY).keySet(), "no stale entries in Choices");
    }

    /**
     * A key in quotes outside the wiring, the entry points (the command line, the Java API, whose
     * shortcuts name the settings they set) and config would be a setting read past the boundary.
     */
    @Test
    void settingKeysAppearOnlyInTheWiringAndTheEntryPoints() throws IOException {
        List<String> keys = new ArrayList<>(Settings.declarations().keySet());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = p.toString().replace('\\', '/');
                if (path.contains("/wiring/") || path.contains("/cli/") || path.contains("/api/")) {
                    continue;
                }
                String text = Files.readString(p);
                for (String key : keys) {
                    boolean allowed = path.contains("/config/") && key.equals("run.name");
                    if (!allowed && (text.contains("\"" + key + "\"") || text.contains("'" + key + "'"))) {
                        found.add(path + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
