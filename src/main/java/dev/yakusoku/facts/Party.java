package dev.yakusoku.facts;

/** A person from the directory: {@code staff}, {@code client} or {@code end-user}. */
public class Party {
  public static final String STAFF = "staff";

  private final String id;
  private String kind;
  private String name;
  private String team;

  public Party(String id, String kind, String name, String team) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.team = team;
  }

  public String getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isStaff() {
    return STAFF.equals(kind);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }
}
