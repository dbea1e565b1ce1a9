/**
 * The monitor: events from production (predictions, guard hits, extraction alarms, errors)
 * in tumbling windows per model, compared with a reference profile by alert rules with
 * thresholds, minimum sizes and cool-downs; alerts stored, posted to a webhook, and able to
 * open an incident (docs/monitoring.md).
 */
export { eventKinds, isError, maxFeatures, modelOf, MonitorEventSchema, parseEvent, type EventClock, type EventKind, type MonitorEvent, type ParsedEvent } from './event.js';
export { defaultReferenceSample, isReferenceProfile, maxReferenceColumns, profileDataFile, ReferenceBuilder, type ReferenceOptions, type ReferenceProfile } from './reference.js';
export type { ColumnSummary } from './column-sample.js';
export { maxWindowColumns, storedSummary, WindowState, type WindowCounts, type WindowSnapshot } from './window.js';
export { MonitorSettingsSchema, monitorSettings, type MonitorSettings, type MonitorSettingsInput } from './settings.js';
export { builtinRules } from './rules/builtin-rules.js';
export { defineRule, ruleOptions, type CommonRuleOptions, type MonitorRule, type RuleFinding } from './rules/rule.js';
export { evaluateWindow, type WindowFinding } from './evaluate-window.js';
export { ingestEvents, maxListedRejections, Monitor, type IngestResult, type MonitoredSystem, type MonitorOptions, type MonitorTotals } from './monitor.js';
export { defaultMaxEventLineBytes, ingestJsonlFile, type JsonlIngestSummary } from './jsonl-ingest.js';
export { redactUrl, WebhookSender, type WebhookOptions } from './webhook.js';
export { fromGatewayEvent, type GatewayEventLike } from './gateway-events.js';
