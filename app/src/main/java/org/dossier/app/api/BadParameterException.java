package org.dossier.app.api;

/** A request parameter that is wrong; answered with 400 and the parameter's name. */
class BadParameterException extends RuntimeException {
    final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }
}
