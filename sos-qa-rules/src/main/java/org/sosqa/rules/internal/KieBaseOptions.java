package org.sosqa.rules.internal;

import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * The options every KieBase of sos-qa is built with, the shipped rules' and a local pack's alike.
 *
 * <p>Mutability is disabled ({@link KieBaseMutabilityOption#DISABLED}): a KieBase is built once and its
 * rules never change (a changed pack is compiled into a new KieBase). Drools then keeps each session's
 * facts in a plain identity map rather than a store per fact class, which it must rebuild whenever a
 * pooled session is reset; that store was half the cost of inserting an audit's facts.
 */
final class KieBaseOptions {

    private KieBaseOptions() {
    }

    /** A new configuration with sos-qa's options, loading classes through {@code classLoader}. */
    static KieBaseConfiguration configuration(ClassLoader classLoader) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, classLoader);
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return configuration;
    }
}
