package dev.yakusoku.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code PUT /api/v1/teams/{id}} and what {@code GET} answers; {@code id} is set from the path;
 * {@code parent}, optional, is the team an alert escalates to when nobody acknowledges it in time;
 * {@code zone}, optional, the IANA time zone its alerts are shown in (default the calendar's).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamBody(
    String id, @NotBlank String name, @NotBlank String manager, String parent, String zone) {
  public TeamBody withId(String id) {
    return new TeamBody(id, name, manager, parent, zone);
  }
}
