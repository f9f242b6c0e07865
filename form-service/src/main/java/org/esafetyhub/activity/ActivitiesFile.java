package org.esafetyhub.activity;

import org.esafetyhub.site.FrontMatter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one {@code <lesson>.activities.yaml} and checks it, collecting every problem with its line and
 * place ("activity 2 (spot-it), item 1 (photo), choice 3") rather than stopping at the first. It walks
 * YAML's node tree instead of binding records: binding stops at the first unknown key, knows no line
 * inside a record, and would read an answer written {@code Yes} as true.
 */
final class ActivitiesFile {

    static final String SUFFIX = ".activities.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern HTML = Pattern.compile("<[A-Za-z/!]");
    private static final Pattern MARKDOWN = Pattern.compile("\\]\\(|\\*\\*|__|`");
    private static final Pattern ADDRESS = Pattern.compile("https?://|www\\.", Pattern.CASE_INSENSITIVE);

    private static final Set<String> TOP_KEYS = Set.of("lesson", "activities", "ifItHappens");
    private static final Set<String> ACTIVITY_KEYS = Set.of("id", "kind", "title", "intro", "items");
    private static final Set<String> ACTIVITY_OPTIONAL = Set.of("with");
    private static final Set<String> ITEM_KEYS = Set.of("id", "text", "choices");
    private static final Set<String> CHOICE_KEYS = Set.of("text", "feedback");

    private record Problem(int line, String text) {
    }

    private final String name;
    private final List<Problem> problems = new ArrayList<>();

    private ActivitiesFile(String name) {
        this.name = name;
    }

    /**
     * @param name      how problems name the file, such as {@code content/lessons/jokes-that-hurt.activities.yaml}
     * @param lessonUrl where a lesson of this file's folder is published, given its name
     * @throws InvalidActivitiesException naming every problem of the file
     */
    static LessonActivities load(Path file, String name, UnaryOperator<String> lessonUrl) {
        var reading = new ActivitiesFile(name);
        var activities = reading.read(file, lessonUrl);
        if (!reading.problems.isEmpty()) {
            // in the file's order, as an author fixes them
            throw new InvalidActivitiesException(reading.problems.stream()
                    .sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList());
        }
        return activities;
    }

    private LessonActivities read(Path file, UnaryOperator<String> lessonUrl) {
        Node root;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            problems.add(new Problem(line, name + (line == 0 ? "" : ":" + line) + ": this is not valid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(0, name + ": this is not valid YAML: " + e.getMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null) {
            problems.add(new Problem(0, name + ": the file is empty"));
            return null;
        }
        var top = fields(root, "", TOP_KEYS, Set.of());
        if (top == null) {
            return null;
        }
        var lesson = lesson(file, top.get("lesson"));
        var activities = new ArrayList<LessonActivities.Activity>();
        var activityIds = new HashSet<String>();
        var activityNodes = list(top.get("activities"), "", "activities", 2, 3);
        for (int i = 0; i < activityNodes.size(); i++) {
            activities.add(activity(activityNodes.get(i), "activity " + (i + 1), activityIds));
        }
        var steps = new ArrayList<String>();
        for (var step : list(top.get("ifItHappens"), "", "steps in ifItHappens", 3, 5)) {
            steps.add(text(step, "ifItHappens", "a step"));
        }
        return new LessonActivities(lesson, lesson == null ? null : lessonUrl.apply(lesson), activities, steps);
    }

    /** The lesson's name, when it is the page beside this file; null (and a problem) when not. */
    private String lesson(Path file, Node node) {
        var lesson = text(node, "", "lesson");
        if (lesson == null) {
            return null;
        }
        var fileName = file.getFileName().toString();
        var named = fileName.substring(0, fileName.length() - SUFFIX.length());
        if (!ID.matcher(lesson).matches()) {
            problem(node, "", "lesson \"" + lesson + "\" may hold only lower-case letters, digits and hyphens");
            return null;
        }
        if (!lesson.equals(named)) {
            problem(node, "", "lesson is \"" + lesson + "\" but the file is named for \"" + named + "\": name it " + lesson + SUFFIX);
            return null;
        }
        var page = file.resolveSibling(lesson + ".md");
        if (!Files.isRegularFile(page)) {
            problem(node, "", "lesson \"" + lesson + "\" has no page " + page.getFileName() + " beside this file");
            return null;
        }
        var type = typeOf(page);
        if (!type.equals("lesson")) {
            problem(node, "", "lesson \"" + lesson + "\": " + page.getFileName() + " is type=" + type
                    + ", and activities show only on a page of type=lesson");
            return null;
        }
        return lesson;
    }

    private static String typeOf(Path page) {
        try {
            return FrontMatter.parse(page.toString(), Files.readAllLines(page, StandardCharsets.UTF_8))
                    .get("type").map(FrontMatter.Entry::value).orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LessonActivities.Activity activity(Node node, String at, Set<String> ids) {
        var place = at + idShown(node);
        var fields = fields(node, place, ACTIVITY_KEYS, ACTIVITY_OPTIONAL);
        if (fields == null) {
            return null;
        }
        var id = id(fields.get("id"), place, ids, "by another activity of this file");
        var kindName = text(fields.get("kind"), place, "kind");
        var kind = kindName == null ? null : Kind.named(kindName).orElse(null);
        if (kindName != null && kind == null) {
            problem(fields.get("kind"), place, "kind \"" + kindName + "\" must be " + Kind.names());
        }
        var title = text(fields.get("title"), place, "title");
        var with = text(fields.get("with"), place, "with");
        var intro = text(fields.get("intro"), place, "intro");
        var items = new ArrayList<LessonActivities.Item>();
        var itemIds = new HashSet<String>();
        var itemNodes = list(fields.get("items"), place, "items", 1, 6);
        for (int i = 0; i < itemNodes.size(); i++) {
            items.add(item(itemNodes.get(i), place + ", item " + (i + 1), itemIds));
        }
        return new LessonActivities.Activity(id, kindName, kind == null ? null : kind.label, title, with, intro, items);
    }

    private LessonActivities.Item item(Node node, String at, Set<String> ids) {
        var place = at + idShown(node);
        var fields = fields(node, place, ITEM_KEYS, Set.of());
        if (fields == null) {
            return null;
        }
        var id = id(fields.get("id"), place, ids, "by another item of this activity");
        var text = text(fields.get("text"), place, "text");
        var choices = new ArrayList<LessonActivities.Choice>();
        var choiceNodes = list(fields.get("choices"), place, "choices", 2, 4);
        for (int i = 0; i < choiceNodes.size(); i++) {
            var choicePlace = place + ", choice " + (i + 1);
            var choice = fields(choiceNodes.get(i), choicePlace, CHOICE_KEYS, Set.of());
            if (choice != null) {
                choices.add(new LessonActivities.Choice(text(choice.get("text"), choicePlace, "text"),
                        text(choice.get("feedback"), choicePlace, "feedback")));
            }
        }
        return new LessonActivities.Item(id, text, choices);
    }

    private String id(Node node, String place, Set<String> ids, String usedBy) {
        var id = text(node, place, "id");
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problem(node, place, "id \"" + id + "\" may hold only lower-case letters, digits and hyphens");
        } else if (!ids.add(id)) {
            problem(node, place, "id \"" + id + "\" is used " + usedBy + " too");
        }
        return id;
    }

    /** " (photo)" when the mapping has an id to show in places, else nothing. */
    private static String idShown(Node node) {
        if (node instanceof MappingNode mapping) {
            for (var tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode id && !id.getValue().isBlank()) {
                    return " (" + id.getValue().strip() + ")";
                }
            }
        }
        return "";
    }

    /**
     * The keys of a mapping and their values, after reporting unknown, repeated and missing keys;
     * null (and a problem) when the node is not a mapping.
     */
    private Map<String, Node> fields(Node node, String place, Set<String> required, Set<String> optional) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, place, "should be keys and values (" + keys(required, optional) + ")");
            return null;
        }
        var fields = new LinkedHashMap<String, Node>();
        for (var tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(tuple.getKeyNode(), place, "a key must be a plain word");
                continue;
            }
            var key = keyNode.getValue();
            if (!required.contains(key) && !optional.contains(key)) {
                problem(keyNode, place, "unknown key \"" + key + "\" (the keys here are " + keys(required, optional) + ")");
            } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                problem(keyNode, place, "key \"" + key + "\" is written twice");
            }
        }
        required.stream().sorted().filter(key -> !fields.containsKey(key))
                .forEach(key -> problem(node, place, "\"" + key + "\" is missing"));
        return fields;
    }

    private static String keys(Set<String> required, Set<String> optional) {
        var all = new ArrayList<>(required.stream().sorted().toList());
        optional.stream().sorted().map(key -> key + " (optional)").forEach(all::add);
        return String.join(", ", all);
    }

    /** The entries of a list, after reporting a count outside min..max; empty when absent or not a list. */
    private List<Node> list(Node node, String place, String what, int min, int max) {
        if (node == null) {
            return List.of();
        }
        List<Node> entries;
        if (node instanceof SequenceNode sequence) {
            entries = sequence.getValue();
        } else if (Tag.NULL.equals(node.getTag())) {
            entries = List.of();
        } else {
            problem(node, place, what + " should be a list, each entry starting with \"- \"");
            return List.of();
        }
        if (entries.size() < min || entries.size() > max) {
            problem(node, place, "there must be " + min + " to " + max + " " + what + "; there "
                    + (entries.size() == 1 ? "is " : "are ") + entries.size());
        }
        return entries;
    }

    /** Plain text on one line (runs of spaces and line breaks become one space); null when absent or wrong. */
    private String text(Node node, String place, String what) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, place, what + " should be plain text, not a list or keys");
            return null;
        }
        var text = Tag.NULL.equals(scalar.getTag()) ? "" : scalar.getValue().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            problem(node, place, what + " is empty");
            return null;
        }
        if (HTML.matcher(text).find()) {
            problem(node, place, what + " holds HTML: write plain text");
        } else if (MARKDOWN.matcher(text).find()) {
            problem(node, place, what + " holds Markdown: write plain text");
        }
        if (ADDRESS.matcher(text).find()) {
            problem(node, place, what + " holds a web address: the page adds the report form and Childline itself");
        }
        return text;
    }

    private void problem(Node node, String place, String message) {
        int line = node.getStartMark().getLine() + 1;
        problems.add(new Problem(line, name + ":" + line + ": " + (place.isEmpty() ? "" : place + ": ") + message));
    }
}
