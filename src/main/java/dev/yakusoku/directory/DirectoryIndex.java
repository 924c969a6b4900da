package dev.yakusoku.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directory indexed as identity resolution looks it up: by id, by normalised phone number, and
 * by name key (full name, alias, or one part of the name). Not thread-safe.
 */
public final class DirectoryIndex {
  private final PhoneNumbers phones;
  private final Map<String, DirectoryEntry> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> byPhone = new HashMap<>();
  private final Map<String, Set<String>> byKey = new HashMap<>();

  public DirectoryIndex(PhoneNumbers phones) {
    this.phones = phones;
  }

  public static DirectoryIndex of(PhoneNumbers phones, Collection<DirectoryEntry> entries) {
    DirectoryIndex index = new DirectoryIndex(phones);
    if (entries != null) {
      entries.stream()
          .filter(e -> e != null && e.id() != null)
          .filter(e -> !index.byId.containsKey(e.id()))
          .forEach(index::put);
    }
    return index;
  }

  /** Adds or replaces an entry. */
  public void put(DirectoryEntry entry) {
    DirectoryEntry old = byId.put(entry.id(), entry);
    if (old != null) {
      phoneKeys(old).forEach(k -> byPhone.getOrDefault(k, new TreeSet<>()).remove(old.id()));
      NameKey.keysOf(old.name(), old.aliases())
          .forEach(k -> byKey.getOrDefault(k, new TreeSet<>()).remove(old.id()));
    }
    phoneKeys(entry).forEach(k -> byPhone.computeIfAbsent(k, x -> new TreeSet<>()).add(entry.id()));
    NameKey.keysOf(entry.name(), entry.aliases())
        .forEach(k -> byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(entry.id()));
  }

  public Optional<DirectoryEntry> get(String id) {
    return Optional.ofNullable(id).map(byId::get);
  }

  public Collection<DirectoryEntry> entries() {
    return byId.values();
  }

  /** Ids of the parties with this E.164 number, ascending. */
  public List<String> withPhone(String e164) {
    return List.copyOf(byPhone.getOrDefault(e164, Set.of()));
  }

  /** Ids of the parties one of whose name keys is {@code key}, ascending. */
  public List<String> withNameKey(String key) {
    return List.copyOf(byKey.getOrDefault(key, Set.of()));
  }

  private List<String> phoneKeys(DirectoryEntry entry) {
    return entry.phones().stream().map(phones::normalize).flatMap(Optional::stream).toList();
  }
}
