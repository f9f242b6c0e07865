package org.esafetyhub.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files only the service's user may read (0700, 0600), whatever the umask of the shell that started it
 * (issue 19, finding 7): the SQLite database, its -wal and -shm (SQLite gives them the database file's mode) and the
 * key files. Set after creating, since a umask can only take bits away from the mode asked for at creation.
 * Existing folders and files are left as they are: an operator may have given a backup group read access.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Makes the folder and any missing parent, each new one 0700. */
    public static void folder(Path folder) throws IOException {
        var absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        var parent = absolute.getParent();
        if (parent != null) {
            folder(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        ownerOnly(absolute, "rwx------");
    }

    /** Makes the file empty and 0600 when it does not exist; true when this call made it. */
    public static boolean file(Path file) throws IOException {
        folder(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        ownerOnly(file, "rw-------");
        return true;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its access lists are the operator's to set
        }
    }
}
