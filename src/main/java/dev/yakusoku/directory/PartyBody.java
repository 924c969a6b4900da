package dev.yakusoku.directory;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NAME;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code PUT /api/v1/parties/{id}} and what {@code GET} answers; {@code id} is set from the path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyBody(
    @Size(max = ID, message = TOO_LONG) String id,
    @NotBlank
        @Pattern(regexp = "staff|client|end-user", message = "must be staff, client or end-user")
        String kind,
    @NotBlank @Size(max = NAME, message = TOO_LONG) String name,
    @Size(max = MAX_LISTED, message = "must hold at most {max}")
        List<@NotBlank @Size(max = NAME, message = TOO_LONG) String> aliases,
    @Size(max = MAX_LISTED, message = "must hold at most {max}")
        List<@NotBlank @Size(max = NAME, message = TOO_LONG) String> phones,
    @Size(max = ID, message = TOO_LONG) String team,
    @Size(max = NAME, message = TOO_LONG) String organization) {
  /** The most aliases, or phone numbers, a party may have. */
  public static final int MAX_LISTED = 100;

  public PartyBody withId(String id) {
    return new PartyBody(id, kind, name, aliases, phones, team, organization);
  }

  public DirectoryEntry toEntry() {
    return new DirectoryEntry(id, kind, name, aliases, phones, team);
  }
}
