import { writeFile } from 'node:fs/promises';

export interface HostTest {
  name: string;
  timeoutMs: number;
  body: () => Promise<void>;
}

export interface HostResult {
  name: string;
  ok: boolean;
  durationMs: number;
  error?: string;
}

function withTimeout(test: HostTest): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${test.timeoutMs} ms`)),
      test.timeoutMs,
    );
  });
  return Promise.race([test.body(), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the tests one after another inside the extension host and writes their results
 * where the outer test reads them (the server's environment names the file).
 */
export async function runHostTests(tests: readonly HostTest[]): Promise<void> {
  const results: HostResult[] = [];
  for (const test of tests) {
    const started = Date.now();
    try {
      await withTimeout(test);
      results.push({ name: test.name, ok: true, durationMs: Date.now() - started });
    } catch (error) {
      const message =
        error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({
        name: test.name,
        ok: false,
        durationMs: Date.now() - started,
        error: message,
      });
    }
  }

  const resultsFile = process.env['TRAINBOARD_E2E_RESULTS'];
  if (resultsFile) {
    await writeFile(resultsFile, JSON.stringify(results, null, 2));
  }
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) {
    throw new Error(`${failed.length} of ${results.length} tests inside VS Code failed`);
  }
}

/** Polls a condition inside the extension host. */
export async function eventually<T>(
  description: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
