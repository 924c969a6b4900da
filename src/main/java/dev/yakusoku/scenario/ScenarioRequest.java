package dev.yakusoku.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.directory.PartyBody;
import dev.yakusoku.directory.TeamBody;
import java.util.List;
import java.util.Map;

/** Contract section 4: the body of {@code POST /api/v1/scenarios/run}. */
public record ScenarioRequest(
    JsonNode events,
    String until,
    List<PartyBody> parties,
    List<TeamBody> teams,
    Map<String, String> rules) {}
