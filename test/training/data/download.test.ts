import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  DatasetError,
  IDX_FILES,
  findBundledSampleDir,
  loadDataset,
  type IdxFileName,
  type MirrorSet,
} from '../../../src/training/data';
import { dataConfig, makeTempDir } from './idxFixtures';

const root = join(__dirname, '..', '..', '..');
const names = Object.values(IDX_FILES);

/** Serves the real sample files under /good/, damaged ones under /corrupt/, and so on. */
class MirrorServer {
  readonly requests: string[] = [];
  private server: Server | undefined;

  constructor(private readonly files: Map<string, Buffer>) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const url = request.url ?? '';
      this.requests.push(url);
      const [, mode = '', file = ''] = url.split('/');
      const body = this.files.get(file);

      if (mode === 'hang') {
        return;
      }
      if (mode === 'stall' && body) {
        response.writeHead(200, { 'content-length': body.length });
        response.write(body.subarray(0, 100));
        return;
      }
      if (!body || mode === 'missing') {
        response.writeHead(404).end('not here');
        return;
      }
      const sent = Buffer.from(body);
      if (mode === 'corrupt') {
        sent[sent.length - 10] = sent[sent.length - 10]! ^ 0xff;
      }
      response.writeHead(200, { 'content-type': 'application/gzip' }).end(sent);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  url(mode: string): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/${mode}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

describe('downloading missing files', () => {
  let server: MirrorServer;
  let sampleDir = '';
  let md5: Record<IdxFileName, string>;
  const temps: (() => Promise<void>)[] = [];
  let dir = '';

  before(async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-sample.mjs')], {
      cwd: root,
    });
    sampleDir = findBundledSampleDir();

    const files = new Map<string, Buffer>();
    const sums: Partial<Record<IdxFileName, string>> = {};
    for (const name of names) {
      const bytes = await readFile(join(sampleDir, `${name}.gz`));
      files.set(`${name}.gz`, bytes);
      sums[name] = createHash('md5').update(bytes).digest('hex');
    }
    md5 = sums as Record<IdxFileName, string>;
    server = new MirrorServer(files);
    await server.start();
  });

  beforeEach(async () => {
    const temp = await makeTempDir();
    temps.push(temp.remove);
    dir = join(temp.dir, 'data', 'mnist');
    server.requests.length = 0;
  });

  after(async () => {
    await server.stop();
    await Promise.all(temps.map((remove) => remove()));
  });

  function mirrors(...modes: string[]): MirrorSet {
    return { urls: modes.map((mode) => server.url(mode)), md5 };
  }

  function options(set: MirrorSet, lines: string[] = []) {
    return {
      sampleDir,
      mirrors: set,
      timeoutMs: 300,
      log: (line: string) => lines.push(line),
    };
  }

  async function assertSameAsSample(splits: Awaited<ReturnType<typeof loadDataset>>) {
    const sample = await loadDataset(dataConfig({ dataset: 'mnist-sample' }), {
      sampleDir,
    });
    assert.deepEqual(splits.train, sample.train);
    assert.deepEqual(splits.test, sample.test);
  }

  async function assertOnlyFinalFiles(expected: string[]) {
    assert.deepEqual((await readdir(dir)).sort(), [...expected].sort());
  }

  it('fetches every file, verifies it and logs one line per file', async () => {
    const lines: string[] = [];

    const splits = await loadDataset(
      dataConfig({ dir, download: true }),
      options(mirrors('good'), lines),
    );

    await assertSameAsSample(splits);
    await assertOnlyFinalFiles(names.map((name) => `${name}.gz`));
    const downloaded = lines.filter((line) => line.startsWith('Downloaded '));
    assert.equal(downloaded.length, 4);
    assert.match(
      downloaded.join('\n'),
      /Downloaded train-images-idx3-ubyte\.gz \(\d\.\d MB\) from http:\/\/127\.0\.0\.1:\d+\/good\/train-images-idx3-ubyte\.gz in \d+\.\d s/,
    );
    assert.match(splits.source, /\(downloaded from http:\/\/127\.0\.0\.1:\d+\/good\/\w/);
  });

  it('fetches only the files that are missing', async () => {
    await loadDataset(dataConfig({ dir, download: true }), options(mirrors('good')));
    await rm(join(dir, 'train-labels-idx1-ubyte.gz'));
    server.requests.length = 0;

    await loadDataset(dataConfig({ dir, download: true }), options(mirrors('good')));

    assert.deepEqual(server.requests, ['/good/train-labels-idx1-ubyte.gz']);
  });

  it('moves on to the next mirror when a file fails its checksum', async () => {
    const lines: string[] = [];

    const splits = await loadDataset(
      dataConfig({ dir, download: true }),
      options(mirrors('corrupt', 'good'), lines),
    );

    await assertSameAsSample(splits);
    await assertOnlyFinalFiles(names.map((name) => `${name}.gz`));
    const complaints = lines.filter((line) => line.startsWith('Could not download'));
    assert.equal(complaints.length, 4);
    assert.match(
      complaints[0]!,
      /\/corrupt\/.*: its MD5 is [0-9a-f]{32}, not the published [0-9a-f]{32}/,
    );
  });

  it('gives up on a mirror that does not answer or stalls, within the timeout', async () => {
    const started = performance.now();

    const splits = await loadDataset(
      dataConfig({ dir, download: true }),
      options(mirrors('hang', 'stall', 'good')),
    );

    await assertSameAsSample(splits);
    assert.ok(performance.now() - started < 5000);
  });

  it('raises one error naming every file and every failure when all mirrors fail', async () => {
    const set = { urls: [server.url('missing'), await closedPortUrl()], md5 };

    await assert.rejects(
      loadDataset(dataConfig({ dir, download: true }), options(set)),
      (error: unknown) => {
        assert.ok(error instanceof DatasetError);
        assert.ok(error.message.startsWith(`MNIST is missing 4 files in ${dir}:`));
        for (const name of names) {
          assert.ok(error.message.includes(`${name} (or ${name}.gz)`), name);
        }
        assert.match(error.message, /Downloading them failed:/);
        assert.match(
          error.message,
          /\/missing\/t10k-images-idx3-ubyte\.gz: HTTP 404 Not Found/,
        );
        assert.match(error.message, /ECONNREFUSED/);
        return true;
      },
    );
    await assertOnlyFinalFiles([]);
  });

  it('says what to fetch and from where when offline', async () => {
    const offline = await closedPortUrl();
    const set = { urls: [offline], md5 };

    await assert.rejects(
      loadDataset(dataConfig({ dataset: 'fashion-mnist', dir, download: true }), {
        ...options(set),
        debianDir: null,
      }),
      (error: unknown) => {
        assert.ok(error instanceof DatasetError);
        assert.match(error.message, /^Fashion-MNIST is missing 4 files in /);
        for (const name of names) {
          assert.ok(error.message.includes(`${offline}${name}.gz`), name);
        }
        assert.match(error.message, /apt-get install dataset-fashion-mnist/);
        return true;
      },
    );
  });
});
