package org.esafetyhub.testing;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Nu HTML Checker ({@code nu.validator:validator}), run in-process and set up once. It is
 * built on Jetty 11 and the service on Jetty 12, so it lives in a class loader of its own, filled
 * from the folder the html-checker module gathers; only the JDK's SAX types cross between them.
 */
public final class HtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static HtmlChecker instance;

    private final List<String> errors = new ArrayList<>();
    private final ClassLoader loader;
    private final Object validator;
    private final Method check;

    private HtmlChecker(Path lib) throws Exception {
        var jars = new ArrayList<URL>();
        try (var files = Files.list(lib)) {
            for (var jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
        var type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
        validator = inLoader(() -> type.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(true, false, false));
        inLoader(() -> type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(validator, HTML5_SCHEMA, handler));
        inLoader(() -> type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                .invoke(validator, handler, true, false));
        check = type.getMethod("checkHtmlInputSource", InputSource.class);
    }

    /** The checker's errors (not its warnings) for one HTML document, each with its line. */
    public static synchronized List<String> errors(String html) throws Exception {
        if (instance == null) {
            var lib = Path.of(System.getProperty("html.checker.lib", "../html-checker/target/lib"));
            if (!Files.isDirectory(lib)) {
                throw new IOException(lib + " is missing: run the tests through `mvn verify`, which gathers the checker there");
            }
            instance = new HtmlChecker(lib);
        }
        instance.errors.clear();
        var source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        instance.inLoader(() -> instance.check.invoke(instance.validator, source));
        return List.copyOf(instance.errors);
    }

    private interface Call {
        Object run() throws Exception;
    }

    private Object inLoader(Call call) throws Exception {
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
