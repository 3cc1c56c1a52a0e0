package org.sosqa.examples.demo;

import java.util.Objects;

/**
 * A team of the demonstration organisation.
 *
 * @param id the team's id, as cases carry it ({@code team-north})
 * @param name the team's name as people read it
 * @param service what the team does, in plain words
 */
public record DemoTeam(String id, String name, String service) {

    /** Checks every part is present. */
    public DemoTeam {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
    }
}
