package dev.yakusoku.directory;

import java.util.List;
import java.util.Objects;

/**
 * A staff member, client or end user as the resolver sees it; kind is "staff", "client" or
 * "end-user".
 */
public record DirectoryEntry(
    String id, String kind, String name, List<String> aliases, List<String> phones, String team) {

  public static final String STAFF = "staff";
  public static final String CLIENT = "client";
  public static final String END_USER = "end-user";

  public DirectoryEntry {
    aliases = aliases == null ? List.of() : aliases.stream().filter(Objects::nonNull).toList();
    phones = phones == null ? List.of() : phones.stream().filter(Objects::nonNull).toList();
  }

  public boolean isStaff() {
    return STAFF.equalsIgnoreCase(kind);
  }
}
