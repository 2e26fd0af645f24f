// Lints the served OpenAPI document with Spectral's OpenAPI ruleset (.spectral.yaml);
// any warning fails. Runs with the browser tests because it shares their server harness.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { after, assert, before, binaryFromArgs, run, startServer, test } from './harness.mjs';

const binary = binaryFromArgs();
let server;

before(async () => {
  server = await startServer(binary, { scale: 'regio', seed: 7 });
  after(() => server.stop());
});

test('the OpenAPI document passes Spectral without warnings', async () => {
  const response = await fetch(new URL('/api/v1/openapi.json', server.url));
  assert(response.ok, `openapi.json: HTTP ${response.status}`);
  const dir = mkdtempSync(join(tmpdir(), 'passend-openapi-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, await response.text());
  try {
    await promisify(execFile)('node_modules/.bin/spectral',
      ['lint', file, '--ruleset', '.spectral.yaml', '--fail-severity', 'warn']);
  } catch (err) {
    throw new Error(`Spectral found problems:\n${err.stdout}${err.stderr}`);
  }
});

await run();
