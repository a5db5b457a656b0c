package dev.hydra.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text decoded from bytes that should be UTF-8, with each malformed sequence replaced by U+FFFD as
 * {@code new String(bytes, UTF_8)} does, and the first one named so that the user can find it.
 *
 * @param text the decoded text
 * @param problem "not UTF-8 (byte 0xE9 at offset 1234)" for the first malformed byte, or null when there is none
 */
record Utf8Text(String text, String problem) {

    static Utf8Text decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        String problem = null;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isError()) {
                if (problem == null) {
                    problem = String.format(
                            Locale.ROOT,
                            "not UTF-8 (byte 0x%02X at offset %d)",
                            body[in.position()] & 0xFF,
                            in.position());
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            } else {
                // each byte gives at most one char, so the buffer holds them all
                throw new IllegalStateException("UTF-8 decoding overflowed: " + result);
            }
        }
        out.flip();
        return new Utf8Text(out.toString(), problem);
    }
}
