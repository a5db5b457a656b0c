package dev.hydra.output;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How Hydra's JSON files are read and written, with Jackson. Reading is strict RFC 8259: no comments, no
 * trailing commas, no {@code +1}, {@code 01} or {@code .5}, no text after the value, no duplicate names, and
 * nesting is limited so a damaged file cannot exhaust the stack. Writing is pretty-printed with two spaces and
 * escapes {@code < > &} and the line separators U+2028/U+2029 as well, so the text is safe to embed in HTML.
 * Only immutable readers and writers are kept.
 */
final class JsonFiles {

    private static final int MAX_DEPTH = 64;

    /** Only the mapper's immutable reader and writer are kept: a mapper could be reconfigured. */
    private static JsonMapper mapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_DEPTH)
                                .build())
                        .build())
                .disable(
                        JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_YAML_COMMENTS,
                        JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_MISSING_VALUES,
                        JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private static final ObjectReader READER = mapper().reader();

    private static final ObjectWriter WRITER = mapper().writer(prettyPrinter())
            .with(new HtmlSafeEscapes())
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonFiles() {}

    /** A new empty object, keeping its names in the order they are put. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A generator that writes as {@link #write} does (pretty-printed, the same escapes), for a file too large to be
     * built as a tree first: a report of a large site holds a million places. Close it, then add the final line break.
     */
    static JsonGenerator generator(Writer out) throws IOException {
        return WRITER.createGenerator(out);
    }

    /** Writes {@code json} pretty-printed, with a final line break; leaves {@code out} open. */
    static void write(JsonNode json, Writer out) throws IOException {
        WRITER.writeValue(out, json);
        out.write('\n');
    }

    /**
     * Reads one strict JSON value from a UTF-8 file (the encoding is detected, so UTF-16 is read too).
     *
     * @throws InvalidJsonException when the text is not JSON, saying where (line and column) and why
     * @throws IOException when the file cannot be read at all
     */
    static JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode json = READER.readTree(in);
            if (json == null || json.isMissingNode()) {
                throw new InvalidJsonException("the file is empty");
            }
            return json;
        } catch (JacksonException e) {
            throw new InvalidJsonException(describe(e));
        }
    }

    /** Jackson's words without its source excerpt, with the line and column where reading stopped. */
    private static String describe(JacksonException e) {
        String what = e.getOriginalMessage();
        int lineBreak = what.indexOf('\n');
        what = (lineBreak < 0 ? what : what.substring(0, lineBreak))
                .strip()
                // advice about Jackson's own switches means nothing to a user of Hydra
                .replaceAll(":? enable `[^`]*` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                .replaceAll(", from `[^`]*`", "");
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return "not valid JSON: " + what;
        }
        return String.format(
                Locale.ROOT,
                "not valid JSON at line %d, column %d: %s",
                e.getLocation().getLineNr(),
                e.getLocation().getColumnNr(),
                what);
    }

    /** The text cannot be read as JSON, or does not have the shape expected; the message says why. */
    static final class InvalidJsonException extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidJsonException(String message) {
            super(message);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * Jackson's escaping plus {@code < > &} and U+2028/U+2029 (so the JSON can sit inside a script element) and
     * control characters as lower-case {@code \}{@code u00xx}, as Hydra wrote them before.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    escapes[c] = CharacterEscapes.ESCAPE_CUSTOM;
                }
            }
            escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            escapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }
}
