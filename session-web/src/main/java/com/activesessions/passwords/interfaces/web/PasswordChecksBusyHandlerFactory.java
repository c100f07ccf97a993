package com.activesessions.passwords.interfaces.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts the {@link PasswordChecksBusyHandler} in front of Faces' own handler (WEB-INF/faces-config.xml). */
public class PasswordChecksBusyHandlerFactory extends ExceptionHandlerFactory {

    public PasswordChecksBusyHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PasswordChecksBusyHandler(getWrapped().getExceptionHandler());
    }
}
