package org.sosqa.rules.internal;

/**
 * One message from compiling rules, in the rule author's terms: the file as they named it, and the line
 * and column in it (1-based; 0 or negative when Drools does not know, as happens for some semantic
 * errors of the executable model).
 *
 * @param severity ERROR, WARNING or INFO
 * @param file the file name as given to the compiler, or an empty string when Drools names no file
 * @param line the 1-based line, or a value below 1 when unknown
 * @param column the column, or a value below 1 when unknown
 * @param text Drools' message text
 */
public record CompileMessage(Severity severity, String file, int line, int column, String text) {

    /** How bad a message is. */
    public enum Severity { ERROR, WARNING, INFO }

    @Override
    public String toString() {
        return severity + " " + file + ":" + line + ":" + column + " " + text;
    }
}
