package org.esafetyhub.app;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Jetty's own answers, made before a request reaches Javalin (a malformed request: 400, a request line too long: 414,
 * headers too large: 431), carry the same security headers as the service's pages (issue 19, finding 7), and no stack.
 */
final class JettyErrors extends ErrorHandler {

    JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.HEADERS.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }
}
