package dev.yakusoku.engine;

import dev.yakusoku.facts.Contact;
import dev.yakusoku.facts.MatterScoped;
import dev.yakusoku.facts.StaffAvailability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Working memory's facts by whom they belong to, kept as the session inserts and deletes them
 * (rules' own inserts included): a matter's facts by its id, and what an event of no matter left (a
 * call tied to none, an availability) by the event's ref. Taking a matter out or handing it to
 * another engine then costs what the matter holds, not what the whole session holds. A fact's owner
 * is fixed when it is made, so an update never moves it.
 */
final class FactsByOwner implements RuleRuntimeEventListener {
  private final Map<String, Set<FactHandle>> byMatter = new HashMap<>();
  private final Map<String, Set<FactHandle>> byRef = new HashMap<>();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    Object fact = event.getObject();
    String matter = matterOf(fact);
    if (matter != null) {
      byMatter.computeIfAbsent(matter, k -> handles()).add(event.getFactHandle());
    }
    String ref = matterlessRefOf(fact);
    if (ref != null) {
      byRef.computeIfAbsent(ref, k -> handles()).add(event.getFactHandle());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // owners are fixed at creation
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    Object fact = event.getOldObject();
    remove(byMatter, matterOf(fact), event.getFactHandle());
    remove(byRef, matterlessRefOf(fact), event.getFactHandle());
  }

  /** The handles of a matter's facts, a copy the caller may delete them by. */
  List<FactHandle> ofMatter(String matterId) {
    return new ArrayList<>(byMatter.getOrDefault(matterId, Set.of()));
  }

  /** The handles of what an event of no matter left, a copy. */
  List<FactHandle> ofMatterlessEvent(String ref) {
    return new ArrayList<>(byRef.getOrDefault(ref, Set.of()));
  }

  private static String matterOf(Object fact) {
    return fact instanceof MatterScoped s ? s.getMatterId() : null;
  }

  private static String matterlessRefOf(Object fact) {
    if (fact instanceof Contact c && c.getMatterId() == null) {
      return c.getRef();
    }
    return fact instanceof StaffAvailability s ? s.ref() : null;
  }

  /** In insertion order, so a matter handed over is inserted as it was: judged the same. */
  private static Set<FactHandle> handles() {
    return new LinkedHashSet<>();
  }

  private static void remove(Map<String, Set<FactHandle>> index, String key, FactHandle handle) {
    if (key == null) {
      return;
    }
    Set<FactHandle> handles = index.get(key);
    if (handles != null && handles.remove(handle) && handles.isEmpty()) {
      index.remove(key);
    }
  }
}
