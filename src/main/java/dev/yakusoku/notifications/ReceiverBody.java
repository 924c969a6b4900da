package dev.yakusoku.notifications;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NAME;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * {@code PUT /api/v1/receivers/{id}} and what {@code GET} answers (contract section 7): where the
 * managers of {@code teams} are told of alerts of {@code severities} (and {@code types}, all when
 * absent). {@code routingKey} and {@code secret} are written, never answered back. With {@code
 * digest}, an email, slack, teams or webhook receiver also gets each of its teams' daily digest at
 * the start of the team's business day ({@link DailyDigest}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReceiverBody(
    @Size(max = ID, message = TOO_LONG) String id,
    @NotBlank
        @Pattern(
            regexp = "email|slack|teams|pagerduty|alertmanager|webhook",
            message = "must be email, slack, teams, pagerduty, alertmanager or webhook")
        String kind,
    @NotEmpty List<@NotBlank @Size(max = ID, message = TOO_LONG) String> teams,
    @NotEmpty
        List<
                @NotBlank
                @Pattern(regexp = "critical|warning", message = "must be critical or warning")
                String>
            severities,
    List<@NotBlank @Size(max = ID, message = TOO_LONG) String> types,
    @Size(max = MAX_URL, message = TOO_LONG)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,
    List<
            @NotBlank @Email(message = "must be an email address")
            @Size(max = NAME, message = TOO_LONG) String>
        to,
    @Size(max = ID, message = TOO_LONG) String routingKey,
    @Size(max = NAME, message = TOO_LONG) String secret,
    Boolean workingHoursOnly,
    Boolean digest) {

  static final int MAX_URL = 2000;
  static final String EMAIL = "email";
  static final String PAGERDUTY = "pagerduty";

  /** Kinds that post to a URL of the receiver's own; PagerDuty's is the service's setting. */
  private static final Set<String> POSTING = Set.of("slack", "teams", "alertmanager", "webhook");

  /** Kinds whose receiving side opens an incident of whatever it is posted. */
  private static final Set<String> INCIDENTS = Set.of(PAGERDUTY, "alertmanager");

  public ReceiverBody withId(String id) {
    return new ReceiverBody(
        id, kind, teams, severities, types, url, to, routingKey, secret, workingHoursOnly, digest);
  }

  /** What is answered: everything but the routing key and the secret. */
  public ReceiverBody answered() {
    return new ReceiverBody(
        id, kind, teams, severities, types, url, to, null, null, workingHoursOnly, digest);
  }

  /** Reported on {@code url}. */
  @JsonIgnore
  @AssertTrue(message = "is required for a slack, teams, alertmanager or webhook receiver")
  boolean isUrl() {
    return url != null || !POSTING.contains(kind);
  }

  /** Reported on {@code to}. */
  @JsonIgnore
  @AssertTrue(message = "is required for an email receiver: one address or more")
  boolean isTo() {
    return !EMAIL.equals(kind) || (to != null && !to.isEmpty());
  }

  /**
   * Reported on {@code digest}: a daily digest is a report for people (or a webhook's own use);
   * PagerDuty and Alertmanager would take it for an incident.
   */
  @JsonIgnore
  @AssertTrue(
      message = "is for email, slack, teams and webhook receivers, not pagerduty or alertmanager")
  boolean isDigest() {
    return !Boolean.TRUE.equals(digest) || !INCIDENTS.contains(kind);
  }

  /** Reported on {@code routingKey}. */
  @JsonIgnore
  @AssertTrue(message = "is required for a pagerduty receiver: the integration key")
  boolean isRoutingKey() {
    return !PAGERDUTY.equals(kind) || (routingKey != null && !routingKey.isBlank());
  }
}
