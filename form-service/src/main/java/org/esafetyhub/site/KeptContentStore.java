package org.esafetyhub.site;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The content store of a {@link SiteBaker}, kept open from one bake to the next so that baking
 * again after a saved change (the preview) costs a fraction of the first bake. JBake 2.7.0 as it
 * comes would, on every bake:
 * <ul>
 * <li>create an in-memory OrientDB database (a third of a re-bake): this one stays open until the
 * baker closes it;</li>
 * <li>parse every content file again: here a file whose hash is unchanged is not parsed again
 * (JBake's own incremental mode would also skip rendering it, but any page may list any other,
 * so every page is rendered every time), and the documents of deleted files are forgotten;</li>
 * <li>ask for every document of a page's type once per rendered page (to find previous and next),
 * which makes a bake quadratic in the number of pages of one type: the list is kept until a
 * document is added or deleted;</li>
 * <li>mark each rendered document with an UPDATE, for its incremental mode: never read here.</li>
 * </ul>
 * The baker replaces the store when the settings the documents were parsed with change.
 */
final class KeptContentStore extends ContentStore {

    private final Map<String, DocumentList<DocumentModel>> allContentByType = new HashMap<>();
    private final Set<String> typesAdded = new HashSet<>();
    private boolean open;

    KeptContentStore(String name) {
        super("memory", name);
    }

    /** Called by JBake at the start of each bake. */
    @Override
    public void startup() {
        if (!open) {
            super.startup();
            open = true;
            return;
        }
        // any query makes the database current on this thread, which a re-bake may not share with the bake before
        getDocumentCount("page");
        allContentByType.clear();
        for (var type : typesAdded) {
            for (var document : super.getAllContent(type)) {
                if (!Files.isRegularFile(Path.of(document.getFile()))) {
                    deleteContent(document.getSourceuri());
                }
            }
        }
    }

    /** Called by JBake at the end of each bake: the store stays open for the next, until {@link #closeForGood()}. */
    @Override
    public void close() {
        allContentByType.clear();
    }

    void closeForGood() {
        if (open) {
            super.close();
            open = false;
        }
    }

    /** To JBake's crawler a file is unchanged only if its document was also rendered: here every document is rendered each time. */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        var status = super.getDocumentStatus(uri);
        status.forEach(document -> document.setRendered(true));
        return status;
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return allContentByType.computeIfAbsent(docType, super::getAllContent);
    }

    @Override
    public void addDocument(DocumentModel document) {
        allContentByType.clear();
        typesAdded.add(document.getType());
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        allContentByType.clear();
        super.deleteContent(uri);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // see the class comment: nothing reads the mark
    }
}
