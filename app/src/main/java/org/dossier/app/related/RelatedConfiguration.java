package org.dossier.app.related;

import org.dossier.place.Gazetteer;
import org.dossier.related.RelatedEngine;
import org.dossier.related.RelatedSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelatedConfiguration {

    @Bean
    RelatedEngine relatedEngine(Gazetteer gazetteer) {
        return new RelatedEngine(gazetteer, RelatedSettings.DEFAULT);
    }
}
