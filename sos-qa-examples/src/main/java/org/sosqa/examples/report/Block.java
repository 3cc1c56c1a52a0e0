package org.sosqa.examples.report;

import java.util.List;
import java.util.Objects;

/** One piece of a section's page: a paragraph, a table with its chart, an example statement, or a notice. */
public sealed interface Block permits Block.Paragraph, Block.Points, Block.Figure, Block.Example, Block.Notice {

    /**
     * A paragraph of plain text.
     *
     * @param text the text
     */
    record Paragraph(String text) implements Block {
        /** Checks the text is present. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A short list of points, for what a reader should take away.
     *
     * @param points the points
     */
    record Points(List<String> points) implements Block {
        /** Copies the points. */
        public Points {
            points = List.copyOf(points);
        }
    }

    /**
     * A table, with the chart drawn from it, if any.
     *
     * @param table the table
     * @param chart the chart, or null for a table alone
     */
    record Figure(Table table, Chart chart) implements Block {
        /** Checks the table is present. */
        public Figure {
            Objects.requireNonNull(table, "table");
        }
    }

    /**
     * A statement from a case with the words behind a finding highlighted.
     *
     * @param caseId the case's pseudonymous id
     * @param what which statement it is ("Danger statement")
     * @param text the statement as written
     * @param start the first highlighted character
     * @param end the character after the last highlighted one
     * @param met whether the finding was met
     * @param message the finding's message
     * @param rule the rule's id
     */
    record Example(String caseId, String what, String text, int start, int end, boolean met, String message,
            String rule) implements Block {
        /** Checks the span lies in the text. */
        public Example {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException("span " + start + ".." + end + " outside the statement");
            }
        }
    }

    /**
     * Something the reader must know, set apart: what is not yet available, or a caveat.
     *
     * @param text the notice
     */
    record Notice(String text) implements Block {
        /** Checks the text is present. */
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The tables among some blocks, in order. */
    static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Figure).map(b -> ((Figure) b).table()).toList();
    }
}
