package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aBadCommandLineExitsTwo() {
        assertEquals(Main.EXIT_USAGE, Main.execute("--no-such-option"));
        assertEquals(Main.EXIT_USAGE, Main.execute("no-such-command"));
        assertEquals(Main.EXIT_USAGE, Main.execute());
    }
}
