package org.dossier.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API, feeds and citation files as JSON, whatever the request accepts: what is wrong and, when a
 * parameter is at fault, which one.
 */
@RestControllerAdvice(basePackages = {"org.dossier.app.api", "org.dossier.app.feed", "org.dossier.app.citation"})
class ApiErrors {

    /** What went wrong and, when a parameter is at fault, which one. */
    @Schema(name = "Error")
    record ErrorView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String error,

            String parameter) {}

    @ExceptionHandler
    ResponseEntity<ErrorView> badParameter(FieldException e) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorView(e.field() + " " + e.getMessage(), e.field()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorView> wrongType(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorView(
                        e.getName() + " must be a whole number, not '"
                                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'",
                        e.getName()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorView> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorView(e.getMessage(), null));
    }
}
