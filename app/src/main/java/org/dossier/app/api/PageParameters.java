package org.dossier.app.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Which page of a search, as the OpenAPI document describes it (the endpoints read it from the query string). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@io.swagger.v3.oas.annotations.Parameters({
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "Page, from 1; within the first 10,000 results",
            schema = @Schema(type = "integer", defaultValue = "1", minimum = "1")),
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "Results per page, 1 to 100",
            schema = @Schema(type = "integer", defaultValue = "20", minimum = "1", maximum = "100")),
    @Parameter(
            name = "cursor",
            in = ParameterIn.QUERY,
            description = "Deep paging: the cursor of a next link",
            schema = @Schema(type = "string"))
})
public @interface PageParameters {}
