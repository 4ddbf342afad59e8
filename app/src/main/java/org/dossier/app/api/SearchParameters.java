package org.dossier.app.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The search's words, filters and order, as the OpenAPI document describes them (the endpoints read them from the query string). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@io.swagger.v3.oas.annotations.Parameters({
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description =
                    "Words, \"phrases\", -exclusions, OR, author:/title:/topic:/country:/type:/collection: prefixes",
            schema = @Schema(type = "string")),
    @Parameter(
            name = "type",
            in = ParameterIn.QUERY,
            description = "Publication type; repeat for several (OR)",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "topic",
            in = ParameterIn.QUERY,
            description = "Topic name; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "country",
            in = ParameterIn.QUERY,
            description = "ISO 3166 alpha-3 code; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "region",
            in = ParameterIn.QUERY,
            description = "Region code (sahel, west-africa …); includes its countries",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "author",
            in = ParameterIn.QUERY,
            description = "Person id; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "year",
            in = ParameterIn.QUERY,
            description = "Four-digit year; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "language",
            in = ParameterIn.QUERY,
            description = "Language code; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "collection",
            in = ParameterIn.QUERY,
            description = "Collection name; repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "series",
            in = ParameterIn.QUERY,
            description = "Series name (Peace Brief); repeat for several",
            array = @ArraySchema(schema = @Schema(type = "string"))),
    @Parameter(
            name = "from",
            in = ParameterIn.QUERY,
            description = "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD",
            schema = @Schema(type = "string", pattern = SearchParameters.DATE)),
    @Parameter(
            name = "to",
            in = ParameterIn.QUERY,
            description = "Latest date: YYYY, YYYY-MM or YYYY-MM-DD",
            schema = @Schema(type = "string", pattern = SearchParameters.DATE)),
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "relevance (default with words), newest (default without), oldest, title",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"relevance", "newest", "oldest", "title"}))
})
public @interface SearchParameters {
    String DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
}
