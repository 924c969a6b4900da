package dev.yakusoku.ruletests;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where in a YAML file a path such as {@code cases[0].expects} starts, as {@code :line:column}, so
 * an author is pointed at the key itself rather than where the parser noticed the problem.
 */
final class YamlPositions {
  private YamlPositions() {}

  static Optional<String> of(Path file, List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node node = new Yaml().compose(reader);
      for (JsonMappingException.Reference ref : path) {
        if (node == null) {
          return Optional.empty();
        }
        node =
            ref.getFieldName() != null
                ? valueOrKey(node, ref, ref == last(path))
                : item(node, ref.getIndex());
      }
      return Optional.ofNullable(node)
          .map(
              n ->
                  ":"
                      + (n.getStartMark().getLine() + 1)
                      + ":"
                      + (n.getStartMark().getColumn() + 1));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static JsonMappingException.Reference last(List<JsonMappingException.Reference> path) {
    return path.get(path.size() - 1);
  }

  /** The key node of the last step (where the author typed it), else the value to descend into. */
  private static Node valueOrKey(Node node, JsonMappingException.Reference ref, boolean last) {
    if (!(node instanceof MappingNode mapping)) {
      return null;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals(ref.getFieldName())) {
        return last ? key : tuple.getValueNode();
      }
    }
    return null;
  }

  private static Node item(Node node, int index) {
    return node instanceof SequenceNode sequence && index >= 0 && index < sequence.getValue().size()
        ? sequence.getValue().get(index)
        : null;
  }
}
