package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.runtime.ConfigKey;
import org.entente.runtime.ConfigTable;
import org.entente.runtime.ServiceDefinitions;
import org.junit.jupiter.api.Test;

/** docs/configuration.md has a row for every key the code declares (runtime and every service on the class path). */
class ConfigurationDocTest {

    @Test
    void configurationDocHasARowForEveryDeclaredKey() throws Exception {
        final String doc = Files.readString(Path.of("..", "docs", "configuration.md"), StandardCharsets.UTF_8);
        final List<ConfigKey<?>> keys = ConfigTable.allKeys(ServiceDefinitions.discover());
        final List<String> missing = keys.stream()
                .filter(key -> !doc.contains("| `" + key.name() + "` | `" + key.env() + "` |"))
                .map(ConfigKey::name).toList();
        assertThat(missing)
                .as("keys missing from docs/configuration.md; regenerate its table (java -cp cli/target/entente.jar "
                        + "org.entente.runtime.ConfigTable):\n" + ConfigTable.markdown(keys))
                .isEmpty();
    }
}
