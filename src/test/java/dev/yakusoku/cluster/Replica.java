package dev.yakusoku.cluster;

import static io.restassured.RestAssured.given;

import dev.yakusoku.support.PackagedService;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One replica of the packaged clustered service ({@code target/cluster-app}). */
final class Replica implements AutoCloseable {
  static final String USER = PackagedService.USER;

  private final PackagedService service;

  private Replica(PackagedService service) {
    this.service = service;
  }

  /**
   * Starts a replica with {@code settings} on top of the cluster profile, and waits until ready.
   */
  static Replica start(String name, String password, Map<String, String> settings) {
    Map<String, String> clustered = new HashMap<>(settings);
    clustered.put("quarkus.profile", "cluster");
    // the local PostgreSQL trusts loopback; a packaged replica refuses the published default
    clustered.putIfAbsent("quarkus.datasource.password", "replica-" + password);
    return new Replica(
        PackagedService.start(name, PackagedService.clusteredJar(), password, clustered));
  }

  /** A request to this replica, signed in. */
  RequestSpecification call() {
    return service.call();
  }

  /** The partitions of {@code yakusoku.events} this replica's engines judge now. */
  Set<Integer> partitions() {
    String listed =
        given()
            .port(service.port())
            .get("/q/health/ready")
            .then()
            .extract()
            .path("checks.find { it.name == 'rule-set' }.data.partitions");
    Set<Integer> partitions = new TreeSet<>();
    for (String p : listed.replaceAll("[\\[\\] ]", "").split(",")) {
      if (!p.isEmpty()) {
        partitions.add(Integer.parseInt(p));
      }
    }
    return partitions;
  }

  String name() {
    return service.name();
  }

  int port() {
    return service.port();
  }

  /** Kills the process at once, as a node failure would: no goodbye to the consumer group. */
  void kill() {
    service.kill();
  }

  @Override
  public void close() {
    service.close();
  }
}
