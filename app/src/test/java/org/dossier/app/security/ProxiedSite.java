package org.dossier.app.security;

import org.dossier.app.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A running site with an account of each role behind a reverse proxy on this machine, the only one its settings
 * trust: what the proxy says of the client (X-Forwarded-For, X-Forwarded-Proto) is believed. Its clock moves only
 * when a test moves it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@Import(MovableClock.Installed.class)
abstract class ProxiedSite extends AccountSite {

    @Autowired
    MovableClock clock;
}
