/**
 * The built site served by nginx with the server block of
 * scripts/server-config/nginx.ts, the README's recipe for a plain web server:
 * for measuring what a compressing host sends (its gzip level, types and
 * minimum length), not an imitation of it. A stock http block around it, as
 * the recipe says (Debian's mime.types), in a temporary directory that
 * close() removes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxServer } from '../server-config/nginx.ts';
import type { StaticServer } from './static-server.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/** Serves root (dist/) with nginx on a free local port; throws, saying how to install it, if nginx is missing. */
export async function serveWithNginx(root: string): Promise<StaticServer> {
  if (!existsSync(NGINX_PATH)) throw new Error(`${NGINX_PATH} is missing: run \`npm run test:setup\` (it installs Debian's nginx-light)`);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  const port = await freePort();
  // Started by root, nginx runs its workers as an unprivileged user, who may not be able to read the checkout.
  const asRoot = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(join(dir, 'site.conf'), nginxServer({ root: resolve(root), listen: `127.0.0.1:${port}` }));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
${asRoot}pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`,
  );
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf')];
  const check = spawnSync(NGINX_PATH, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t refused the generated configuration:\n${check.stderr}`);
  }
  const nginx = spawn(NGINX_PATH, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((done) => nginx.once('exit', done));
      nginx.kill();
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/`);
      break;
    } catch (error) {
      if (i > 100 || nginx.exitCode !== null) {
        await close();
        throw error;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url, close };
}
