import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IdxFileName, MirrorSet } from './catalog';

export interface DownloadOptions {
  /** Give up on a mirror that sends nothing for this long; the default is 30 s. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface DownloadResult {
  /** The URL each downloaded file came from. */
  downloaded: Partial<Record<IdxFileName, string>>;
  /** For each file no mirror could provide, why each mirror failed. */
  failed: Partial<Record<IdxFileName, string[]>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

class IdleTimer {
  readonly controller = new AbortController();
  expired = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly ms: number) {
    this.restart();
  }

  restart(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort();
    }, this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

function describeFailure(error: unknown, timer: IdleTimer): string {
  if (timer.expired) {
    return `no data for ${timer.ms / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.message ?? cause?.code ?? (error as Error).message;
}

interface Fetched {
  md5: string;
  bytes: number;
}

async function fetchToFile(
  url: string,
  path: string,
  timer: IdleTimer,
): Promise<Fetched> {
  const response = await fetch(url, { signal: timer.controller.signal });
  if (!response.ok || !response.body) {
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }

  const hash = createHash('md5');
  let bytes = 0;
  const file = await open(path, 'w');
  try {
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      timer.restart();
      hash.update(chunk.value);
      bytes += chunk.value.length;
      await file.write(chunk.value);
    }
  } finally {
    await file.close();
  }
  return { md5: hash.digest('hex'), bytes };
}

/**
 * Fetches `${url}${name}.gz` into `dir` through a temporary file in the same folder,
 * so the final name only ever holds a complete file whose MD5 matches.
 */
async function downloadFrom(
  url: string,
  dir: string,
  name: IdxFileName,
  expectedMd5: string,
  timeoutMs: number,
): Promise<number> {
  const temporary = join(dir, `.${name}.gz.${randomBytes(6).toString('hex')}.part`);
  const timer = new IdleTimer(timeoutMs);
  try {
    const { md5, bytes } = await fetchToFile(url, temporary, timer);
    if (md5 !== expectedMd5.toLowerCase()) {
      throw new Error(`its MD5 is ${md5}, not the published ${expectedMd5}`);
    }
    await rename(temporary, join(dir, `${name}.gz`));
    return bytes;
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(describeFailure(error, timer), { cause: error });
  } finally {
    timer.stop();
  }
}

function formatSize(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

async function downloadOne(
  name: IdxFileName,
  dir: string,
  mirrors: MirrorSet,
  options: DownloadOptions,
): Promise<{ url: string } | { reasons: string[] }> {
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const reasons: string[] = [];

  for (const base of mirrors.urls) {
    const url = `${base}${name}.gz`;
    const started = performance.now();
    try {
      const bytes = await downloadFrom(url, dir, name, mirrors.md5[name], timeoutMs);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(`Downloaded ${name}.gz (${formatSize(bytes)}) from ${url} in ${seconds} s`);
      return { url };
    } catch (error) {
      const reason = (error as Error).message;
      log(`Could not download ${name}.gz from ${url}: ${reason}`);
      reasons.push(`${url}: ${reason}`);
    }
  }
  return { reasons };
}

/** Downloads the named files into `dir`, trying each mirror in turn for each file. */
export async function downloadIdxFiles(
  names: readonly IdxFileName[],
  dir: string,
  mirrors: MirrorSet,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  await mkdir(dir, { recursive: true });
  const outcomes = await Promise.all(
    names.map((name) => downloadOne(name, dir, mirrors, options)),
  );

  const result: DownloadResult = { downloaded: {}, failed: {} };
  names.forEach((name, i) => {
    const outcome = outcomes[i]!;
    if ('url' in outcome) {
      result.downloaded[name] = outcome.url;
    } else {
      result.failed[name] = outcome.reasons;
    }
  });
  return result;
}
