package org.esafetyhub.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The YAML files people write by hand (the trust file, the policy, the quizzes), read strictly into
 * records: a misspelt key or a wrong value is refused with the file and where in it, never skipped.
 */
public final class DataFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private DataFile() {
    }

    /** A file that is missing or not what it should be; the message names the file and the place. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    /** @param shownName how messages name the file, such as {@code content/lessons/jokes.quiz.yaml} */
    public static <T> T read(Path file, String shownName, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new Invalid(shownName + ": file not found");
        }
        return parse(() -> YAML.readValue(file.toFile(), type), shownName);
    }

    /** A file packaged into the jar, such as {@code /data/help-services.yaml}; checked as strictly as {@link #read}. */
    public static <T> T readResource(String resource, String shownName, Class<T> type) {
        var url = DataFile.class.getResource(resource);
        if (url == null) {
            throw new Invalid(shownName + ": not packaged into the jar (" + resource + ")");
        }
        return parse(() -> YAML.readValue(url, type), shownName);
    }

    private interface Parse<T> {
        T run() throws IOException;
    }

    private static <T> T parse(Parse<T> parse, String shownName) {
        try {
            return parse.run();
        } catch (UnrecognizedPropertyException e) {
            // parts are records, read only once complete: Jackson's line would be the part's end, so name its place instead
            var at = e.getPath().stream().limit(e.getPath().size() - 1L)
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            throw new Invalid(shownName + ": " + (at.isEmpty() ? "" : at + ": ") + "unknown key \"" + e.getPropertyName() + "\"");
        } catch (JsonProcessingException e) {
            var where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new Invalid(shownName + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid(shownName + ": cannot be read: " + e.getMessage());
        }
    }

    /** A record as plain maps and lists: the shape Freemarker templates read. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asTemplateModel(Object value) {
        return PLAIN.convertValue(value, Map.class);
    }
}
