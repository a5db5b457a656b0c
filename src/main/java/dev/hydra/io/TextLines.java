package dev.hydra.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a UTF-8 text file, read one at a time in bounded memory: a line longer than the limit is skipped
 * without ever being held whole, so that a damaged file of any size (a gigabyte without a line break) costs a small
 * buffer. A byte-order mark before the first line is no part of it, a line break is LF or CR LF, and a malformed
 * byte reads as U+FFFD.
 */
public final class TextLines implements Closeable {

    /** One line of the file. */
    public sealed interface Line {
        /** Its 1-based number in the file. */
        long number();
    }

    /** A line within the limit, without its line break. */
    public record Text(long number, String text) implements Line {}

    /** A line longer than the limit: skipped, its text never read into memory. */
    public record TooLong(long number) implements Line {}

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long number;
    private boolean atStart = true;

    private TextLines(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Opens {@code file} for reading.
     *
     * @param maxLength the most characters of a line that is kept
     */
    public static TextLines open(Path file, int maxLength) throws IOException {
        return new TextLines(
                new InputStreamReader(
                        Files.newInputStream(file),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                maxLength);
    }

    /** The next line, or null at the end of the file. */
    public Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                if (atStart) {
                    atStart = false;
                    if (buffer[0] == '\uFEFF') {
                        position = 1;
                        continue;
                    }
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > maxLength + 1) { // one more for a CR before the LF
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (position < limit) {
                position++; // the LF
                break;
            }
        }
        number++;
        if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (tooLong || line.length() > maxLength) {
            return new TooLong(number);
        }
        return new Text(number, line.toString());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
