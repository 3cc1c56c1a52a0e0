package org.sosqa.examples.startup;

/** Does nothing: the cost of starting a JVM on the same class path, the baseline of {@link FirstAudit}. */
public final class EmptyMain {

    private EmptyMain() {
    }

    /**
     * Returns at once.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Intentionally empty.
    }
}
