package org.dossier.app.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This running node of Dossier, as other nodes see it in the store: "pid@host#random", and its host. */
@Component
public class ThisNode {
    private final String host = hostName();
    private final String id = ProcessHandle.current().pid() + "@" + host + "#"
            + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }

    public String host() {
        return host;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
