package dev.hydra.output;

import dev.hydra.io.AtomicFile;
import dev.hydra.model.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the chosen formats into one directory as one set: every file is written beside its target first, and only
 * when all are written are they moved into place. When any write fails, nothing of this run stays and neither does
 * the set of an earlier run, so that no step reads an old report beside a new one (a CI step that always publishes
 * {@code TEST-hydra.xml} would show last week's results as today's).
 */
public final class ReportWriter {

    private ReportWriter() {}

    /**
     * @return the files written
     * @throws IOException when one could not be written; the files of every chosen format are gone then
     */
    public static List<Path> write(CheckResult result, Path directory, List<ReportFormat> formats) throws IOException {
        Files.createDirectories(directory);
        List<AtomicFile> prepared = new ArrayList<>();
        try {
            for (ReportFormat format : formats) {
                prepared.add(
                        AtomicFile.prepare(directory.resolve(format.fileName()), out -> format.write(result, out)));
            }
            List<Path> written = new ArrayList<>();
            for (AtomicFile file : prepared) {
                file.commit();
                written.add(file.target());
            }
            return written;
        } catch (IOException | RuntimeException e) {
            for (ReportFormat format : formats) {
                deleteQuietly(directory.resolve(format.fileName()), e);
            }
            throw e;
        } finally {
            for (AtomicFile file : prepared) {
                file.close(); // deletes what was not moved into place
            }
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
