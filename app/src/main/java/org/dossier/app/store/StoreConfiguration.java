package org.dossier.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jooq.conf.RenderQuotedNames;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** The data folder must exist before the SQLite file can be opened in it. */
    @Bean
    static BeanFactoryPostProcessor dataFolder(Environment environment) {
        return beanFactory -> {
            try {
                Files.createDirectories(Path.of(environment.getProperty("dossier.data", "data")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data folder", e);
            }
        };
    }

    @Bean
    DefaultConfigurationCustomizer plainNames() {
        return configuration -> configuration
                .settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
