package dev.yakusoku.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Ties an inbound contact that lacks a subject or sender to a caller party, the staff member asked
 * for and, when unambiguous, the caller's one open matter.
 */
public final class CallerResolver {

  private final PhoneNumbers phones;

  public CallerResolver(PhoneNumbers phones) {
    this.phones = Objects.requireNonNull(phones, "phones");
  }

  public PhoneNumbers phones() {
    return phones;
  }

  public CallerResolution resolve(
      CallerClues clues,
      Collection<DirectoryEntry> directory,
      Collection<OpenMatterRef> openMatters) {
    List<OpenMatterRef> matters =
        openMatters == null
            ? List.of()
            : openMatters.stream().filter(m -> m != null && m.id() != null).toList();
    return resolve(
        clues,
        DirectoryIndex.of(phones, directory),
        party -> matters.stream().filter(m -> m.involves(party)).toList());
  }

  /**
   * Resolves against an index kept current by its owner, asking {@code openMattersOf} for the open
   * matters a party is client or end user of.
   */
  public CallerResolution resolve(
      CallerClues clues,
      DirectoryIndex directory,
      Function<String, List<OpenMatterRef>> openMattersOf) {
    CallerClues given = clues == null ? new CallerClues(null, null, null, null) : clues;
    List<String> how = new ArrayList<>();
    List<String> callers = findCallers(given, directory, how);
    List<String> staff = findStaff(given.askedFor(), directory, how);
    List<String> callerMatters =
        callers.stream()
            .flatMap(c -> openMattersOf.apply(c).stream())
            .map(OpenMatterRef::id)
            .distinct()
            .sorted()
            .toList();

    Optional<String> callerId =
        callers.size() == 1 ? Optional.of(callers.get(0)) : Optional.empty();
    Optional<String> matterId =
        callerId.isPresent() && callerMatters.size() == 1
            ? Optional.of(callerMatters.get(0))
            : Optional.empty();
    Optional<String> askedForId = staff.size() == 1 ? Optional.of(staff.get(0)) : Optional.empty();

    describeMatters(callers, callerMatters, how);
    return new CallerResolution(
        matterId, callerId, askedForId, callers, staff, callerMatters, String.join("; ", how));
  }

  private List<String> findCallers(CallerClues clues, DirectoryIndex byId, List<String> how) {
    if (!isBlank(clues.from())) {
      String from = clues.from().strip();
      how.add("caller is from " + label(from, byId));
      return List.of(from);
    }
    boolean anyClue = false;
    String phoneNote = null;
    if (!isBlank(clues.callerPhone())) {
      anyClue = true;
      String phone = clues.callerPhone().strip();
      Optional<String> e164 = phones.normalize(phone);
      if (e164.isEmpty()) {
        phoneNote = "phone " + phone + " is not a phone number";
      } else {
        List<String> byPhone = byId.withPhone(e164.get());
        if (byPhone.size() == 1) {
          how.add("caller tied by phone " + phone + " to " + label(byPhone.get(0), byId));
          return byPhone;
        }
        if (byPhone.size() > 1) {
          how.add(
              "phone "
                  + phone
                  + " matches "
                  + byPhone.size()
                  + " parties: "
                  + labels(byPhone, byId));
          return byPhone;
        }
        phoneNote = "phone " + phone + " matches no party";
      }
    }
    if (phoneNote != null) {
      how.add(phoneNote);
    }
    if (!NameKey.of(clues.callerName()).isEmpty()) {
      anyClue = true;
      String name = clues.callerName().strip();
      String key = NameKey.of(name);
      List<String> byName = matching(byId, key, e -> !e.isStaff());
      if (byName.isEmpty()) {
        byName = matching(byId, key, DirectoryEntry::isStaff);
      }
      if (byName.size() == 1) {
        how.add("caller tied by name " + name + " to " + label(byName.get(0), byId));
      } else if (byName.size() > 1) {
        how.add("name " + name + " matches " + byName.size() + " parties: " + labels(byName, byId));
      } else {
        how.add("name " + name + " matches no party");
      }
      return byName;
    }
    if (!anyClue) {
      how.add("no caller clue given (from, callerPhone or callerName)");
    }
    return List.of();
  }

  private List<String> findStaff(String askedFor, DirectoryIndex byId, List<String> how) {
    String key = NameKey.of(askedFor);
    if (key.isEmpty()) {
      return List.of();
    }
    String said = askedFor.strip();
    List<String> staff = matching(byId, key, DirectoryEntry::isStaff);
    if (staff.size() == 1) {
      how.add("asked for " + said + " = " + label(staff.get(0), byId));
    } else if (staff.size() > 1) {
      how.add("asked for " + said + " matches " + staff.size() + " staff: " + labels(staff, byId));
    } else {
      how.add("asked for " + said + " matches no staff");
    }
    return staff;
  }

  private static void describeMatters(
      List<String> callers, List<String> callerMatters, List<String> how) {
    if (callers.isEmpty()) {
      how.add("no caller, so no matter");
    } else if (callers.size() > 1) {
      how.add(
          "caller is ambiguous; their open matters: "
              + (callerMatters.isEmpty() ? "none" : String.join(", ", callerMatters)));
    } else if (callerMatters.isEmpty()) {
      how.add(callers.get(0) + " has no open matter");
    } else if (callerMatters.size() == 1) {
      how.add("the one open matter of " + callers.get(0) + " is " + callerMatters.get(0));
    } else {
      how.add(
          callers.get(0)
              + " has "
              + callerMatters.size()
              + " open matters: "
              + String.join(", ", callerMatters));
    }
  }

  private static List<String> matching(
      DirectoryIndex byId, String nameKey, Predicate<DirectoryEntry> test) {
    return byId.withNameKey(nameKey).stream()
        .filter(id -> byId.get(id).filter(test).isPresent())
        .toList();
  }

  private static String label(String id, DirectoryIndex byId) {
    DirectoryEntry entry = byId.get(id).orElse(null);
    if (entry == null) {
      return id + " (not in directory)";
    }
    return isBlank(entry.name()) ? id : id + " (" + entry.name() + ")";
  }

  private static String labels(List<String> ids, DirectoryIndex byId) {
    return ids.stream().map(id -> label(id, byId)).collect(Collectors.joining(", "));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
