package org.dossier.app.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document springdoc writes at /api/openapi. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI dossierApi() {
        return new OpenAPI().info(new Info()
                .title("Dossier API")
                .version("1")
                .description("Publications of a peace-and-security research institute: search with facets, "
                        + "publications, people, topics, places, autocomplete. Errors are JSON "
                        + "{\"error\": \"...\", \"parameter\": \"...\"} with a 4xx status.")
                .license(new License().name("Content licences are the publishers'")));
    }
}
