package dev.yakusoku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.yakusoku.cluster.ClusterProfile;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests under k8s/ read as Kubernetes objects, and checked against the application's own
 * configuration: ports, probe paths, settings named by environment variables, the rules mount and
 * the topics, so a renamed setting or a new rule file cannot leave the deployment behind.
 */
class ManifestsTest {
  private static final Path K8S = Path.of("k8s");
  private static final Path RULES = Path.of("rules");
  private static final Path SERVICES_SCRIPT = Path.of("scripts/services.sh");
  private static final Path APPLICATION = Path.of("src/main/resources/application.properties");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static Properties application;

  /** Settings documented by their default, as a commented line ({@code #yakusoku.rules.path=}). */
  private static Set<String> documented;

  private static Deployment deployment;
  private static Container container;

  @BeforeAll
  static void readManifestsAndConfiguration() throws IOException {
    application = new Properties();
    try (Reader in = Files.newBufferedReader(APPLICATION, StandardCharsets.UTF_8)) {
      application.load(in);
    }
    documented =
        Files.readAllLines(APPLICATION, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("#yakusoku.") && l.contains("="))
            .map(l -> l.substring(1, l.indexOf('=')))
            .collect(Collectors.toSet());
    deployment = one(Deployment.class, "deployment.yaml");
    container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  @Test
  void theKustomizationListsEveryManifestInTheFolder() throws IOException {
    Set<String> manifests;
    try (Stream<Path> files = Files.list(K8S)) {
      manifests =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
              .collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(texts(kustomization().get("resources")))
        .containsExactlyInAnyOrderElementsOf(manifests);
  }

  @Test
  void theRulesConfigMapHoldsEveryRuleFileAndIsMountedWhereTheApplicationReadsRules()
      throws IOException {
    JsonNode generator = kustomization().get("configMapGenerator").get(0);
    Set<String> ruleFiles;
    try (Stream<Path> files = Files.list(RULES)) {
      ruleFiles =
          files
              .map(p -> "../rules/" + p.getFileName())
              .filter(n -> n.endsWith(".drl"))
              .collect(Collectors.toSet());
    }
    assertThat(texts(generator.get("files"))).containsExactlyInAnyOrderElementsOf(ruleFiles);

    Volume rules =
        podTemplate().getSpec().getVolumes().stream()
            .filter(v -> v.getConfigMap() != null)
            .findFirst()
            .orElseThrow();
    assertThat(rules.getConfigMap().getName()).isEqualTo(generator.get("name").asText());
    VolumeMount mount =
        container.getVolumeMounts().stream()
            .filter(m -> m.getName().equals(rules.getName()))
            .findFirst()
            .orElseThrow();
    assertThat(env("YAKUSOKU_RULES_PATH").getValue())
        .as("the rules folder the application reads (yakusoku.rules.path)")
        .isEqualTo(mount.getMountPath());
  }

  @Test
  void everyEnvironmentVariableSetsASettingTheApplicationHas() {
    Set<String> settings =
        Stream.concat(application.stringPropertyNames().stream(), documented.stream())
            .map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k)
            .map(ManifestsTest::environmentName)
            .collect(Collectors.toSet());

    for (EnvVar var : container.getEnv()) {
      if (var.getName().equals("QUARKUS_PROFILE")) {
        assertThat(application.stringPropertyNames())
            .as("settings of the profile %s", var.getValue())
            .anyMatch(k -> k.startsWith("%" + var.getValue() + "."));
      } else {
        assertThat(settings).as("a setting named by %s", var.getName()).contains(var.getName());
      }
    }
    assertThat(env("QUARKUS_PROFILE").getValue()).isEqualTo("cluster");
  }

  @Test
  void databaseCredentialsComeFromASecret() {
    for (String name :
        List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD")) {
      assertThat(env(name).getValueFrom().getSecretKeyRef().getName())
          .as(name)
          .isEqualTo("yakusoku-database");
    }
  }

  @Test
  void probesAskTheApplicationsHealthEndpointsOnItsHttpPort() {
    int port = Integer.parseInt(application.getProperty("quarkus.http.port", "8080"));
    String health =
        "/"
            + application.getProperty("quarkus.http.non-application-root-path", "q")
            + "/"
            + application.getProperty("quarkus.smallrye-health.root-path", "health");

    assertThat(container.getPorts())
        .anyMatch(p -> p.getName().equals("http") && p.getContainerPort() == port);
    assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo(health + "/ready");
    assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo(health + "/live");
    assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo(health + "/started");
    assertThat(
            List.of(
                container.getReadinessProbe().getHttpGet().getPort(),
                container.getLivenessProbe().getHttpGet().getPort(),
                container.getStartupProbe().getHttpGet().getPort()))
        .containsOnly(new IntOrString("http"));
  }

  @Test
  void theContainerRequestsNoMoreThanItsLimits() {
    Map<String, Quantity> requests = container.getResources().getRequests();
    Map<String, Quantity> limits = container.getResources().getLimits();

    assertThat(requests).containsKeys("cpu", "memory");
    assertThat(limits).containsKeys("cpu", "memory");
    for (String resource : List.of("cpu", "memory")) {
      assertThat(Quantity.getAmountInBytes(requests.get(resource)))
          .as(resource)
          .isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get(resource)));
    }
  }

  @Test
  void theServiceThePodDisruptionBudgetAndTheAutoscalerAllFindTheDeployment() throws IOException {
    Map<String, String> podLabels = podTemplate().getMetadata().getLabels();
    Service service = one(Service.class, "service.yaml");
    PodDisruptionBudget budget = one(PodDisruptionBudget.class, "pod-disruption-budget.yaml");
    HorizontalPodAutoscaler autoscaler =
        one(HorizontalPodAutoscaler.class, "horizontal-pod-autoscaler.yaml");

    assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
    assertThat(service.getSpec().getPorts().get(0).getTargetPort())
        .isEqualTo(new IntOrString("http"));
    assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
    assertThat(deployment.getSpec().getSelector().getMatchLabels())
        .isEqualTo(budget.getSpec().getSelector().getMatchLabels());
    assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(autoscaler.getSpec().getScaleTargetRef().getName())
        .isEqualTo(deployment.getMetadata().getName());
  }

  @Test
  void theTopicsAreTheApplicationsAndTheLocalBrokersAndNoReplicaIsLeftWithoutAPartition()
      throws IOException {
    String script = Files.readString(SERVICES_SCRIPT, StandardCharsets.UTF_8);
    int localPartitions = Integer.parseInt(shellValue(script, "TOPIC_PARTITIONS=(\\d+)"));
    Set<String> localTopics = Set.of(shellValue(script, "TOPICS=\\(([^)]*)\\)").split(" "));
    List<GenericKubernetesResource> topics =
        all(GenericKubernetesResource.class, "kafka-topics.yaml");
    HorizontalPodAutoscaler autoscaler =
        one(HorizontalPodAutoscaler.class, "horizontal-pod-autoscaler.yaml");

    Set<String> configuredTopics =
        application.stringPropertyNames().stream()
            .filter(k -> k.contains("mp.messaging.") && k.endsWith(".topic"))
            .map(application::getProperty)
            .collect(Collectors.toSet());

    assertThat(topics).allMatch(t -> t.getKind().equals("KafkaTopic"));
    assertThat(topics.stream().map(t -> t.getMetadata().getName()))
        .containsExactlyInAnyOrderElementsOf(localTopics)
        .containsAll(configuredTopics);
    assertThat(configuredTopics).as("topics the application is configured with").isNotEmpty();
    assertThat(ClusterProfile.TOPIC_PARTITIONS)
        .as("the partitions the clustered tests reckon with")
        .isEqualTo(localPartitions);
    for (GenericKubernetesResource topic : topics) {
      int partitions = ((Number) topic.get("spec", "partitions")).intValue();
      assertThat(partitions).as(topic.getMetadata().getName()).isEqualTo(localPartitions);
      assertThat(autoscaler.getSpec().getMaxReplicas())
          .as("replicas at most the partitions of %s", topic.getMetadata().getName())
          .isLessThanOrEqualTo(partitions);
    }
  }

  private static PodTemplateSpec podTemplate() {
    return deployment.getSpec().getTemplate();
  }

  private static EnvVar env(String name) {
    return container.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no environment variable " + name));
  }

  /** The environment variable that sets a property: non-alphanumerics become '_', upper case. */
  private static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static String shellValue(String script, String pattern) {
    Matcher m = Pattern.compile("(?m)^" + pattern).matcher(script);
    assertThat(m.find()).as("%s in %s", pattern, SERVICES_SCRIPT).isTrue();
    return m.group(1);
  }

  private static JsonNode kustomization() throws IOException {
    return YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static <T> T one(Class<T> type, String file) throws IOException {
    List<T> objects = all(type, file);
    assertThat(objects).as(file).hasSize(1);
    return objects.get(0);
  }

  /** Every YAML document of a manifest file, read as {@code type}. */
  private static <T> List<T> all(Class<T> type, String file) throws IOException {
    String text = Files.readString(K8S.resolve(file), StandardCharsets.UTF_8);
    List<T> out = new ArrayList<>();
    for (String document : text.split("(?m)^---\\s*$")) {
      if (!document.isBlank()) {
        out.add(Serialization.unmarshal(document, type));
      }
    }
    return out;
  }
}
