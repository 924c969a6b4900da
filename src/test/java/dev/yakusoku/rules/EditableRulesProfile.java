package dev.yakusoku.rules;

import dev.yakusoku.support.RulesFolderCopy;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service on a private copy of the rules folder, so a test can edit it; not watched. */
public class EditableRulesProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "yakusoku.rules.path", RulesFolderCopy.create().toString(),
        "yakusoku.rules.watch-every", watchEvery());
  }

  protected String watchEvery() {
    return "off";
  }

  /** As {@link EditableRulesProfile}, with the folder watched every second. */
  public static class Watched extends EditableRulesProfile {
    @Override
    protected String watchEvery() {
      return "1s";
    }
  }
}
