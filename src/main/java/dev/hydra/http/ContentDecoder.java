package dev.hydra.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the {@code Content-Encoding}s Hydra asks for ({@code gzip}, {@code deflate}), never producing more than
 * the page size limit: a decompression bomb stops at the cap like any other large page.
 */
final class ContentDecoder {

    /** The value of the Accept-Encoding header: only what {@link #decode} understands. */
    static final String ACCEPTED = "gzip, deflate";

    private ContentDecoder() {}

    /** The encoding named by a Content-Encoding value, lower case; empty for none or {@code identity}. */
    static String encodingOf(String headerValue) {
        String encoding = headerValue == null ? "" : headerValue.trim().toLowerCase(Locale.ROOT);
        return encoding.equals("identity") ? "" : encoding;
    }

    static boolean canDecode(String encoding) {
        return encoding.equals("gzip") || encoding.equals("x-gzip") || encoding.equals("deflate");
    }

    /**
     * Decodes a body read (perhaps cut) at the limit. A body that ends early, because it was cut or because the
     * server stopped, yields what could be decoded, marked truncated; corrupt data yields an undecodable body.
     */
    static CappedBody decode(String encoding, CappedBody raw, long limit) {
        if (raw.bytes().length == 0) {
            return raw; // servers label empty bodies (a 204, a HEAD-like GET) with the encoding too
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 256 * 1024));
        byte[] chunk = new byte[16 * 1024];
        try (InputStream in = decoding(encoding, raw.bytes())) {
            int read;
            while ((read = in.read(chunk)) > 0) {
                long room = limit - out.size();
                if (read > room) {
                    out.write(chunk, 0, (int) room);
                    return new CappedBody(out.toByteArray(), true);
                }
                out.write(chunk, 0, read);
            }
            return new CappedBody(out.toByteArray(), raw.truncated());
        } catch (EOFException e) {
            return new CappedBody(out.toByteArray(), true); // the compressed stream was cut short
        } catch (IOException e) {
            return CappedBody.undecodable("corrupt " + encoding + " data (" + e.getMessage() + ")");
        }
    }

    private static InputStream decoding(String encoding, byte[] bytes) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        if (!encoding.equals("deflate")) {
            return new GZIPInputStream(in, 16 * 1024);
        }
        // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: tell them apart by the header
        boolean zlib =
                bytes.length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] & 0xFF) * 256 + (bytes[1] & 0xFF)) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib), 16 * 1024) {
            @Override
            public void close() throws IOException {
                super.close();
                inf.end(); // an Inflater passed in is not ended by close(): free its native memory now
            }
        };
    }
}
