package org.esafetyhub.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte over a socket, for requests no well-behaved client would send:
 * invalid UTF-8 or traversal in the path, enormous headers, bodies that stop half-way.
 */
public final class RawHttp {

    /** The status (0 when the server closed the connection without one) and everything that came back. */
    public record Response(int status, String text) {
    }

    private RawHttp() {
    }

    public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        var request = new ByteArrayOutputStream();
        var head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            try {
                socket.getOutputStream().write(request.toByteArray());
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server may answer and close before reading a body it has already refused
            }
            var received = new ByteArrayOutputStream();
            var buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // a reset after the answer: what arrived is the answer
            }
            var text = received.toString(StandardCharsets.UTF_8);
            var status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
            return new Response(status, text);
        }
    }
}
