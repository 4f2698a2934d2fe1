import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { newRunRecord, type RunRecord } from '../../contract';
import {
  ConfigError,
  loadConfigFile,
  validateConfigText,
  type TrainConfig,
} from '../config';
import { newRunId, readRunRecord, runPaths, writeRunRecord, type RunPaths } from '../run';

export interface PreparedRun {
  paths: RunPaths;
  record: RunRecord;
  config: TrainConfig;
}

export interface RunRequest {
  configPath: string;
  runsDir: string;
  runId?: string;
}

function validate(text: string, configPath: string): TrainConfig {
  const { config, issues } = validateConfigText(text, configPath);
  if (!config) {
    throw new ConfigError(configPath, issues);
  }
  return config;
}

/** The config's bytes; when unreadable, loadConfigFile throws the well-worded error. */
async function readConfigBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    await loadConfigFile(path);
    throw new ConfigError(path, []);
  }
}

/** A run the host prepared (queued, or a rerun) trains from the snapshot in its folder. */
async function preparedByHost(paths: RunPaths): Promise<PreparedRun> {
  const record = await readRunRecord(paths.dir);
  const bytes = await readConfigBytes(paths.config);
  return { paths, record, config: validate(bytes.toString('utf8'), record.configPath) };
}

/**
 * Validates the config, then creates the run folder with the exact config bytes. An
 * invalid config throws a ConfigError and creates nothing.
 */
export async function prepareRun(request: RunRequest): Promise<PreparedRun> {
  const runsDir = resolve(request.runsDir);
  if (request.runId && existsSync(runPaths(runsDir, request.runId).config)) {
    return preparedByHost(runPaths(runsDir, request.runId));
  }

  const configPath = resolve(request.configPath);
  const bytes = await readConfigBytes(configPath);
  const config = validate(bytes.toString('utf8'), configPath);
  const runId = request.runId ?? newRunId();
  const paths = runPaths(runsDir, runId);
  await mkdir(paths.dir, { recursive: true });
  await writeFile(paths.config, bytes);

  const record = newRunRecord({
    id: runId,
    name: config.name,
    configPath,
    seed: config.seed,
    epochs: config.training.epochs,
    pid: null,
  });
  await writeRunRecord(paths.dir, record);
  return { paths, record, config };
}
