package dev.yakusoku.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * {@code PUT /api/v1/parties/{id}} and what {@code GET} answers; {@code id} is set from the path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyBody(
    String id,
    @NotBlank
        @Pattern(regexp = "staff|client|end-user", message = "must be staff, client or end-user")
        String kind,
    @NotBlank String name,
    List<@NotBlank String> aliases,
    List<@NotBlank String> phones,
    String team,
    String organization) {

  public PartyBody withId(String id) {
    return new PartyBody(id, kind, name, aliases, phones, team, organization);
  }

  public DirectoryEntry toEntry() {
    return new DirectoryEntry(id, kind, name, aliases, phones, team);
  }
}
