package org.esafetyhub.site;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The content store of a {@link SiteBaker}: JBake's documents held in a map, kept from one bake
 * to the next so that baking again after a saved change (the preview) parses only what changed.
 * JBake 2.7.0's own store is an OrientDB database, which costs a cold bake most of its time: a
 * second or more to start, thousands of classes to load, an SQL query parsed for every question,
 * and every document of a page's type asked for once per rendered page (to find previous and
 * next), which makes a bake quadratic in the number of pages of one type. This store answers
 * each of JBake's questions from memory, and lists of a type are kept until a document changes.
 * None of OrientDB is touched: {@link Bake} runs JBake's steps without the schema calls of its Oven.
 * <ul>
 * <li>a file whose hash is unchanged is not parsed again (JBake's own incremental mode would also
 * skip rendering it, but any page may list any other, so every page is rendered every time);</li>
 * <li>the documents of deleted files are forgotten when a bake starts.</li>
 * </ul>
 */
final class KeptContentStore extends ContentStore {

    private static final String PUBLISHED = "published";
    /** JBake's order for lists: newest first; documents of the same date in the order they were added. */
    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(DocumentModel::getDate,
            Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final Map<String, DocumentModel> bySourceUri = new LinkedHashMap<>();
    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
    /** The languages pages are translated into: their documents move under /<code>/ ({@link Translated}). */
    private final Set<String> translationCodes;

    KeptContentStore(Set<String> translationCodes) {
        super("memory", "kept");
        this.translationCodes = Set.copyOf(translationCodes);
    }

    /** Called at the start of each bake: forgets the documents whose file was deleted. */
    @Override
    public void startup() {
        allByType.clear();
        bySourceUri.values().removeIf(document -> !Files.isRegularFile(Path.of(document.getFile())));
    }

    /** Called at the end of each bake: the documents stay for the next, until {@link #closeForGood()}. */
    @Override
    public void close() {
        allByType.clear();
    }

    @Override
    public void shutdown() {
        // nothing was started
    }

    void closeForGood() {
        drop();
    }

    @Override
    public void drop() {
        bySourceUri.clear();
        allByType.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        if (needed) {
            drop();
        }
    }

    @Override
    public void addDocument(DocumentModel document) {
        allByType.clear();
        Translated.place(document, translationCodes);
        bySourceUri.put(document.getSourceuri(), document);
    }

    @Override
    public void deleteContent(String uri) {
        allByType.clear();
        bySourceUri.remove(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        allByType.clear();
        bySourceUri.values().removeIf(document -> docType.equals(document.getType()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        // every document is rendered at every bake: nothing reads the mark
    }

    /** To JBake's crawler a file is unchanged only if its document was also rendered: here every document is rendered each time. */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        var status = new DocumentList<DocumentModel>();
        var document = bySourceUri.get(uri);
        if (document != null) {
            var copy = new DocumentModel();
            copy.setSha1(document.getSha1());
            copy.setRendered(true);
            status.add(copy);
        }
        return status;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(document -> uri.equals(document.getSourceuri()));
    }

    @Override
    public long getDocumentCount(String docType) {
        return bySourceUri.values().stream().filter(document -> docType.equals(document.getType())).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return allByType.computeIfAbsent(docType, type -> new Listing(select(document -> type.equals(document.getType()))));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return applyPaging ? page(getAllContent(docType)) : getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(document -> docType.equals(document.getType()) && PUBLISHED.equals(document.getStatus()));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return applyPaging ? page(getPublishedPosts()) : getPublishedPosts();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(document -> "post".equals(document.getType()) && published(document) && tagged(document, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(document -> published(document) && tagged(document, tag));
    }

    /** Every document: every page is rendered at every bake. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(document -> true);
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(getPublishedPosts());
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(select(KeptContentStore::published));
    }

    /**
     * The documents of one type, as JBake reads them to find a page's previous and next: by its
     * position (identity, where a linked list compares every document's fields) and by index, each
     * in constant time. Read only.
     */
    private static final class Listing extends DocumentList<DocumentModel> {

        private final Map<DocumentModel, Integer> positions = new IdentityHashMap<>();
        private final List<DocumentModel> byIndex;

        Listing(List<DocumentModel> documents) {
            addAll(documents);
            byIndex = List.copyOf(documents);
            for (int i = 0; i < byIndex.size(); i++) {
                positions.put(byIndex.get(i), i);
            }
        }

        @Override
        public int indexOf(Object document) {
            var position = positions.get(document);
            return position != null ? position : super.indexOf(document);
        }

        @Override
        public DocumentModel get(int index) {
            return byIndex.get(index);
        }
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> wanted) {
        var list = new DocumentList<DocumentModel>();
        bySourceUri.values().stream().filter(wanted).sorted(NEWEST_FIRST).forEach(list::add);
        return list;
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all) {
        if (getStart() < 0 || getLimit() < 0) {
            return all;
        }
        var page = new DocumentList<DocumentModel>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(page::add);
        return page;
    }

    private static boolean published(DocumentModel document) {
        return PUBLISHED.equals(document.getStatus());
    }

    private static boolean tagged(DocumentModel document, String tag) {
        var tags = document.getTags();
        return tags != null && Arrays.asList(tags).contains(tag);
    }

    private static Set<String> tagsOf(Collection<DocumentModel> documents) {
        var tags = new TreeSet<String>();
        documents.stream().map(DocumentModel::getTags).filter(t -> t != null).forEach(t -> tags.addAll(Arrays.asList(t)));
        return tags;
    }
}
