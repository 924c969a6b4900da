package dev.yakusoku.directory;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NAME;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/teams/{id}} and what {@code GET} answers; {@code id} is set from the path;
 * {@code parent}, optional, is the team an alert escalates to when nobody acknowledges it in time;
 * {@code zone}, optional, the IANA time zone its alerts are shown in (default the calendar's).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamBody(
    @Size(max = ID, message = TOO_LONG) String id,
    @NotBlank @Size(max = NAME, message = TOO_LONG) String name,
    @NotBlank @Size(max = ID, message = TOO_LONG) String manager,
    @Size(max = ID, message = TOO_LONG) String parent,
    @Size(max = 100, message = TOO_LONG) String zone) {
  public TeamBody withId(String id) {
    return new TeamBody(id, name, manager, parent, zone);
  }
}
