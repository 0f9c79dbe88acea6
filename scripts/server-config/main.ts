/**
 * Prints a web server's configuration for the built site:
 *
 *   npm run --silent server-config -- nginx --root /srv/privacy-in-parallel/dist [--listen 80] [--server-name example.org]
 *
 * The output is an nginx `server` block to include in the `http` block of a
 * stock nginx.conf (which includes mime.types). It writes nothing itself.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServer } from './nginx.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: 'dist' },
    listen: { type: 'string', default: '8080' },
    'server-name': { type: 'string', default: '_' },
  },
});
const [server] = positionals;
if (server !== 'nginx') {
  console.error(
    `usage: npm run --silent server-config -- nginx [--root dist] [--listen 8080] [--server-name example.org]\n${server ? `unknown server "${server}"; only nginx is supported` : 'name the server'}`,
  );
  process.exit(2);
}
process.stdout.write(nginxServer({ root: resolve(values.root), listen: values.listen, serverName: values['server-name'] }));
