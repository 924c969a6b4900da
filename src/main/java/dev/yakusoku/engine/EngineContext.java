package dev.yakusoku.engine;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.facts.EngineSettings;

/** What every engine shares whoever drives it: the calendar, the settings, identity resolution. */
public record EngineContext(
    BusinessCalendar calendar, EngineSettings settings, CallerResolver resolver) {}
