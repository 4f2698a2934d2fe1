import type { ExportFormat } from './metricsExport';

/** What the panel may ask the host to do, always by run id. */
export interface PanelActions {
  rerun(runId: string): Promise<void>;
  stop(runId: string): Promise<void>;
  exportMetrics(runId: string, format: ExportFormat): Promise<void>;
}
