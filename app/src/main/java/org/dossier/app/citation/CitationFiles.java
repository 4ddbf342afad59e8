package org.dossier.app.citation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The files a citation endpoint answers with, as the OpenAPI document describes them. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
        responseCode = "200",
        description = "The references, as a file for reference managers",
        content = {
            @Content(mediaType = "application/x-bibtex", schema = @Schema(type = "string", format = "binary")),
            @Content(
                    mediaType = "application/x-research-info-systems",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(
                    mediaType = "application/vnd.citationstyles.csl+json",
                    schema = @Schema(type = "string", format = "binary"))
        })
@interface CitationFiles {}
