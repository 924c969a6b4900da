package dev.yakusoku.directory;

/** The parties of one open matter, enough to route an untied contact to it. */
public record OpenMatterRef(
    String id, String client, String endUser, String team, String assignee) {

  public boolean involves(String partyId) {
    return partyId != null && (partyId.equals(client) || partyId.equals(endUser));
  }
}
