package org.esafetyhub.site;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.util.HashMap;
import java.util.Map;

/**
 * JBake 2.7.0 asks the store for every document of a page's type once per rendered page (to find
 * previous and next), which makes a bake quadratic in the number of pages of one type. The list
 * only changes when a document is added, so it is kept until then.
 */
final class MemoisingContentStore extends ContentStore {

    private final Map<String, DocumentList<DocumentModel>> allContentByType = new HashMap<>();

    MemoisingContentStore(String name) {
        super("memory", name);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return allContentByType.computeIfAbsent(docType, super::getAllContent);
    }

    @Override
    public void addDocument(DocumentModel document) {
        allContentByType.clear();
        super.addDocument(document);
    }
}
