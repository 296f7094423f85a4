package org.commitmenttracker.localinfra;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The broker and the store log every step at INFO; only their warnings are worth reading beside the services'. */
final class Logs {

    private Logs() {
    }

    static void quietenInfrastructure() {
        for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "io.netty"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
