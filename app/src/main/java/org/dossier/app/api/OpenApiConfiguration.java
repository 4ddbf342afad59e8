package org.dossier.app.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document springdoc writes at /api/openapi: its title and description, property names in
 * snake_case as the API writes them, and the error answers (JSON {"error", "parameter"}) of every operation
 * that takes parameters besides an id (400) or an id (404).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    private static final String ERROR = "Error";

    @Bean
    OpenAPI dossierApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Dossier API")
                        .version("1")
                        .description("Publications of a peace-and-security research institute: search with facets, "
                                + "publications, people, topics, places, autocomplete, citations. Errors are JSON "
                                + "{\"error\": \"...\", \"parameter\": \"...\"} with a 4xx status."));
    }

    /** Springdoc reads the records with its own Jackson, which must name properties as the API's Jackson does. */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(true);
    }

    @Bean
    OpenApiCustomizer errorAnswers() {
        return api -> {
            Schema<?> error =
                    ModelConverters.getInstance(true).readAllAsResolvedSchema(ApiErrors.ErrorView.class).schema;
            api.getComponents().addSchemas(ERROR, error.name(ERROR));
            api.getPaths()
                    .forEach((path, item) -> item.readOperations().forEach(operation -> {
                        if (operation.getParameters() != null
                                && operation.getParameters().stream().anyMatch(p -> !"id".equals(p.getName()))) {
                            answer(operation, "400", "A parameter is wrong: the error names it");
                        }
                        if (path.contains("{id}")) {
                            answer(operation, "404", "There is nothing with that id");
                        }
                    }));
        };
    }

    private static void answer(Operation operation, String status, String description) {
        operation
                .getResponses()
                .addApiResponse(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType(
                                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + ERROR)))));
    }
}
