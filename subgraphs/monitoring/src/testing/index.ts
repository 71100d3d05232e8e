// Test support other packages use: the second calculation of the monitor and the query that fetches what it checks.
export { referenceDataDate, referenceMonitor, selectScope, daysBetween, type ReferencePublishing, type ReferenceScope } from './reference-monitor.ts';
export { asReference, MONITOR_FIGURES_SELECTION, MONITOR_FIGURES_VARIABLES, monitorVariables, type MonitorFiguresResult } from './monitor-figures.ts';
export { progressOn, windowFor, type TargetDefinition, type TargetStatus } from '../domain/progress.ts';
export { targetDefinition } from '../resolvers/targets.ts';
