package org.sosqa.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory, but never more than a limit: the size of a stream is counted, not trusted. */
final class BoundedInput {

    private BoundedInput() {
    }

    /**
     * The stream's bytes, or null if it holds more than {@code max} bytes (then exactly {@code max + 1}
     * bytes have been read).
     */
    static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max + 1, 8192));
        byte[] buffer = new byte[8192];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buffer.length, max + 1 - total);
            int n = in.read(buffer, 0, want);
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buffer, 0, n);
            total += n;
            if (total > max) {
                return null;
            }
        }
    }
}
