export * from './listRuns';
export * from './metricsFile';
export * from './metricsWriter';
export * from './runPaths';
export * from './runRecordFile';
