package org.esafetyhub.cases;

import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.metadata.FileType;
import org.esafetyhub.metadata.MetadataCleaner;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written file by file as it goes out, which ends with {@code manifest-sha256.txt}: the
 * SHA-256 of every other file, in the format of {@code sha256sum}, so that {@code sha256sum -c
 * manifest-sha256.txt} checks the unpacked bundle.
 */
final class BundleZip implements Closeable {

    static final String MANIFEST = "manifest-sha256.txt";

    private final ZipOutputStream zip;
    private final Map<String, String> hashes = new LinkedHashMap<>();

    BundleZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void add(String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
        hashes.put(path, Sha256.hex(bytes));
    }

    /** Where the clean copy (without hidden details) of an evidence file goes, beside the original. */
    static String cleanPath(int position, String displayName, String mediaType) {
        return evidencePath(position, displayName, MetadataCleaner.copyType(mediaType)).replaceFirst("^evidence/", "evidence/clean/");
    }

    /**
     * A name for an evidence file that no unzip tool can misread: its position, then letters, digits, dot, dash,
     * and always the extension of the type its bytes showed, so a file sent as "screenshot.hta" never unpacks
     * as something that runs.
     */
    static String evidencePath(int position, String displayName, String mediaType) {
        int dot = displayName.lastIndexOf('.');
        var stem = (dot > 0 ? displayName.substring(0, dot) : displayName).replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[._]+", "");
        if (stem.length() > 80) {
            stem = stem.substring(stem.length() - 80);
        }
        return String.format("evidence/%02d-%s.%s", position, stem.isEmpty() ? "file" : stem, FileType.extension(mediaType));
    }

    @Override
    public void close() throws IOException {
        var manifest = new StringBuilder();
        hashes.forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.close();
    }
}
