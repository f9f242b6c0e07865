package org.esafetyhub.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The service's log output while a test runs, written by the shipped Logback configuration's own
 * encoder (what standard output would get). The test's own mail server (GreenMail) is left out.
 */
public final class CapturedLog implements AutoCloseable {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

    @SuppressWarnings("unchecked")
    public CapturedLog() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var shipped = (OutputStreamAppender<ILoggingEvent>) ((AsyncAppender) root.getAppender("ASYNC")).getAppender("json");
        appender.setContext(context);
        appender.setEncoder((Encoder<ILoggingEvent>) shipped.getEncoder());
        appender.setOutputStream(captured);
        appender.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return event.getLoggerName().startsWith("com.icegreen") ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
        });
        appender.start();
        root.addAppender(appender);
    }

    /** Everything logged since this capture began. */
    public String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
        appender.stop();
    }
}
