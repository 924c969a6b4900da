package dev.yakusoku.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** A rule set that went live, as {@code GET /api/v1/rules/versions} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetVersionView(
    String version,
    String contentHash,
    String loadedAt,
    String loadedBy,
    List<String> files,
    boolean live,
    Map<String, String> contents) {

  static RuleSetVersionView of(
      RuleSetVersionRecord row,
      ZoneId zone,
      boolean live,
      Map<String, String> files,
      boolean withContents) {
    return new RuleSetVersionView(
        row.version,
        row.contentHash,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.loadedAt.atZone(zone)),
        row.loadedBy,
        List.copyOf(files.keySet()),
        live,
        withContents ? files : null);
  }
}
