package org.esafetyhub.app;

import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How pages and files travel: text (HTML, CSS, JavaScript, JSON, SVG, XML) gzipped when the browser
 * asks for it, images and evidence files as they are; the baked site's files with an ETag, so that a
 * browser that has one gets {@code 304 Not Modified}, and a Cache-Control.
 */
final class SiteDelivery {

    /**
     * The site's assets keep their names from one bake to the next, so a browser may use them for an
     * hour without asking, then asks again with their ETag; pages are always asked for again.
     */
    static final String ASSETS_CACHE = "public, max-age=3600";
    static final String PAGES_CACHE = "no-cache";
    private static final List<String> ASSET_FOLDERS = List.of("css", "js", "images", "fonts");

    private SiteDelivery() {
    }

    static void configure(JavalinConfig config, Path site) {
        config.http.compressionStrategy = compression();
        // Jetty refuses, as aliases, files under a path that is not in its normal form (such as a/../site)
        var folder = site.toAbsolutePath().normalize();
        for (var assets : ASSET_FOLDERS.stream().filter(name -> Files.isDirectory(folder.resolve(name))).toList()) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/" + assets;
                files.directory = folder.resolve(assets).toString();
                files.location = Location.EXTERNAL;
                files.headers = Map.of("Cache-Control", ASSETS_CACHE);
            });
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = folder.toString();
            files.location = Location.EXTERNAL;
            files.headers = Map.of("Cache-Control", PAGES_CACHE);
        });
    }

    /** Gzip at a middling level: most of the saving for a fraction of the time of the highest. */
    private static CompressionStrategy compression() {
        var strategy = new CompressionStrategy(null, new Gzip(6));
        // images (Javalin's default exclusions) and PDFs are compressed already: evidence files travel as they are
        var excluded = new ArrayList<>(strategy.getExcludedMimeTypes());
        excluded.addAll(List.of("application/pdf", "application/octet-stream"));
        strategy.setExcludedMimeTypes(excluded);
        strategy.setAllowedMimeTypes(List.of("image/svg+xml"));
        return strategy;
    }
}
