package dev.yakusoku.notifications;

import dev.yakusoku.persistence.StringListJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A receiver as stored. */
@Entity
@Table(name = "receiver")
public class ReceiverRecord extends PanacheEntityBase {
  @Id public String id;
  public String kind;

  @Convert(converter = StringListJson.class)
  public List<String> teams = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  public List<String> severities = new ArrayList<>();

  /** Alert types; empty for every type. */
  @Convert(converter = StringListJson.class)
  public List<String> types = new ArrayList<>();

  public String url;

  /** Email addresses. */
  @Convert(converter = StringListJson.class)
  public List<String> recipients = new ArrayList<>();

  @Column(name = "routing_key")
  public String routingKey;

  public String secret;

  @Column(name = "working_hours_only")
  public boolean workingHoursOnly;

  public boolean digest;

  /** Kept in configuration ({@code yakusoku.notifications.receivers.*}), not over the API. */
  public boolean configured;

  static List<ReceiverRecord> configured() {
    return list("configured", true);
  }

  static List<ReceiverRecord> listInIdOrder() {
    return list("order by id");
  }

  ReceiverBody body() {
    return new ReceiverBody(
        id,
        kind,
        List.copyOf(teams),
        List.copyOf(severities),
        types.isEmpty() ? null : List.copyOf(types),
        url,
        recipients.isEmpty() ? null : List.copyOf(recipients),
        routingKey,
        secret,
        workingHoursOnly,
        digest);
  }

  void take(ReceiverBody body) {
    kind = body.kind();
    teams = new ArrayList<>(body.teams());
    severities = new ArrayList<>(body.severities());
    types = body.types() == null ? new ArrayList<>() : new ArrayList<>(body.types());
    url = body.url();
    recipients = body.to() == null ? new ArrayList<>() : new ArrayList<>(body.to());
    routingKey = body.routingKey();
    secret = body.secret();
    workingHoursOnly = Boolean.TRUE.equals(body.workingHoursOnly());
    digest = Boolean.TRUE.equals(body.digest());
  }
}
