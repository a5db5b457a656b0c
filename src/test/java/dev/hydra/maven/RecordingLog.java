package dev.hydra.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that also keeps what was logged at error, warning and info level, for tests to read. */
final class RecordingLog extends SystemStreamLog {

    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void error(CharSequence content) {
        errors.add(content.toString());
        super.error(content);
    }

    @Override
    public void warn(CharSequence content) {
        warnings.add(content.toString());
        super.warn(content);
    }

    @Override
    public void info(CharSequence content) {
        infos.add(content.toString());
        super.info(content);
    }

    String allWarnings() {
        return String.join("\n", warnings);
    }
}
