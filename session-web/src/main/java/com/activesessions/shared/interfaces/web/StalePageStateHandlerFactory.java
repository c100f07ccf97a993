package com.activesessions.shared.interfaces.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts the {@link StalePageStateHandler} in front of the handlers before it (WEB-INF/faces-config.xml). */
public class StalePageStateHandlerFactory extends ExceptionHandlerFactory {

    public StalePageStateHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new StalePageStateHandler(getWrapped().getExceptionHandler());
    }
}
