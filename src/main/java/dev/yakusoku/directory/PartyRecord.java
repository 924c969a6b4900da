package dev.yakusoku.directory;

import dev.yakusoku.persistence.StringListJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A party as stored: staff, client or end user. */
@Entity
@Table(name = "party")
public class PartyRecord extends PanacheEntityBase {
  @Id public String id;
  public String kind;
  public String name;

  @Convert(converter = StringListJson.class)
  public List<String> aliases = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  public List<String> phones = new ArrayList<>();

  public String team;
  public String organization;

  public DirectoryEntry toEntry() {
    return new DirectoryEntry(id, kind, name, aliases, phones, team);
  }
}
