package dev.yakusoku.facts;

/** A team from the directory; alerts of its matters go to its manager. */
public class Team {
  private final String id;
  private String name;
  private String manager;

  public Team(String id, String name, String manager) {
    this.id = id;
    this.name = name;
    this.manager = manager;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }
}
