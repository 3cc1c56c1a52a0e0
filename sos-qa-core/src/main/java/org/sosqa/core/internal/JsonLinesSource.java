package org.sosqa.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents of one JSON Lines file, one line at a time. A line longer than the document size limit is
 * skipped to its end without being held in memory, and reported. Blank lines are skipped. Lines are
 * split on the byte {@code \n}, which never occurs inside a UTF-8 multi-byte character; a {@code \r}
 * before it is dropped. Each line is handed out unread ({@link Document}): parsing and validating it is
 * left to whoever reads the document, on whatever thread.
 */
final class JsonLinesSource implements AutoCloseable {

    private final String name;
    private final InputStream in;
    private final DocumentPipeline pipeline;
    private final long max;
    private final byte[] buffer = new byte[65536];
    private int pos;
    private int limit;
    private byte[] line = new byte[8192];
    private int lineLength;
    private long lineNumber;
    private boolean done;

    JsonLinesSource(Path file, DocumentPipeline pipeline) throws IOException {
        this.name = file.toString();
        this.in = Files.newInputStream(file);
        this.pipeline = pipeline;
        this.max = pipeline.limits().maxDocumentBytes();
    }

    /** The next non-blank line, or null at the end of the file. */
    Document next() {
        while (!done) {
            lineLength = 0;
            long length = 0;
            boolean sawAny = false;
            boolean ended = false;
            try {
                while (!ended) {
                    if (pos == limit) {
                        limit = in.read(buffer, 0, buffer.length);
                        pos = 0;
                        if (limit < 0) {
                            limit = 0;
                            done = true;
                            break;
                        }
                    }
                    sawAny = true;
                    int start = pos;
                    while (pos < limit && buffer[pos] != '\n') {
                        pos++;
                    }
                    int n = pos - start;
                    if (pos < limit) {
                        pos++;
                        ended = true;
                    }
                    keep(start, n);
                    length += n;
                }
            } catch (IOException e) {
                done = true;
                return Document.of(BatchIterator.unreadable(name + ":" + (lineNumber + 1), e));
            }
            if (!sawAny) {
                return null;
            }
            lineNumber++;
            String source = name + ":" + lineNumber;
            int end = lineLength;
            if (length == end && end > 0 && line[end - 1] == '\r') {
                end--;
                length--;
            }
            if (length > max) {
                return Document.tooLarge(source, max);
            }
            if (isBlank(line, end)) {
                continue;
            }
            return Document.of(source, java.util.Arrays.copyOf(line, end), pipeline);
        }
        return null;
    }

    /** Keeps bytes of the current line, but never more than the limit allows (plus a {@code \r}). */
    private void keep(int start, int n) {
        int room = (int) Math.min(Integer.MAX_VALUE - 8, max + 2) - lineLength;
        int take = Math.max(0, Math.min(n, room));
        if (take == 0) {
            return;
        }
        if (lineLength + take > line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max((long) line.length * 2, (long) lineLength + take)));
        }
        System.arraycopy(buffer, start, line, lineLength, take);
        lineLength += take;
    }

    private static boolean isBlank(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was written, so nothing is lost.
        }
    }
}
