package dev.yakusoku.engine;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Engine meters: rule firings, and how far the engine clock lags the wall clock. */
@Startup
@ApplicationScoped
public class EngineMetrics {
  public EngineMetrics(LiveEngines engine, MeterRegistry registry) {
    FunctionCounter.builder("yakusoku.rules.fired", engine, LiveEngines::firings)
        .description("rule firings in the live engine")
        .register(registry);
    Gauge.builder("yakusoku.engine.lag", engine, LiveEngines::lagSeconds)
        .baseUnit("seconds")
        .description("wall clock minus engine clock")
        .register(registry);
  }
}
