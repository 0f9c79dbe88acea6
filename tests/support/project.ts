/**
 * A temporary copy of the project for tests that run Astro itself on changed
 * content (the dev server's reload, the build's error output), so the real
 * tree is never touched.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkModules, snapshotProject } from '../../scripts/lib/project-copy.ts';

const PROJECT = resolve('.');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
/** The environment Astro runs in: the test runner's own variables (NODE_ENV=test, VITEST…) would change how it builds. */
const QUIET = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST')),
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};

/** A copy of the project in a temporary folder; `remove()` deletes it. */
export function copyProject(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'policy-library-authoring-'));
  snapshotProject(PROJECT, root);
  linkModules(PROJECT, root);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs `astro build` in `root` and returns its exit status and output. */
export function astroBuild(root: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: root, encoding: 'utf8', env: QUIET, timeout: 300_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** A port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface DevServer {
  readonly url: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `astro dev` in `root` and resolves once it answers. */
export async function astroDev(root: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: QUIET,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (d: Buffer) => (printed += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (printed += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  let last = 'no answer';
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${printed}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, output: () => printed, stop };
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error); // not listening yet
    }
  }
  await stop();
  throw new Error(`astro dev did not answer within a minute (last: ${last}):\n${printed}`);
}
