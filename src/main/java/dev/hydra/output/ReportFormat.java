package dev.hydra.output;

import dev.hydra.model.CheckResult;
import java.io.IOException;
import java.io.Writer;

/** One machine-readable output of a check, written to a file of its own under {@code target/hydra/}. */
public interface ReportFormat {

    /** The name users choose it by in {@code formats}: {@code json}, {@code markdown}, {@code junit}, {@code sarif}. */
    String name();

    String fileName();

    void write(CheckResult result, Writer out) throws IOException;
}
