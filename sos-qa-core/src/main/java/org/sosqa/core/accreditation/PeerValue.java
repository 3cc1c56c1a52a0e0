package org.sosqa.core.accreditation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One anonymised peer's value of a measure.
 *
 * @param peer the peer's label ({@code Peer A}), the same for that peer in every measure of one benchmark
 * @param value its value
 */
public record PeerValue(String peer, BigDecimal value) {

    public PeerValue {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(value, "value");
    }
}
