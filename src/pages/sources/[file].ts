/**
 * The captured source texts, published byte for byte at /sources/<file> (as
 * text/plain, UTF-8), so that anyone can check an original against what the
 * shop published and its SHA-256 against the one each policy states; and
 * /sources/SHA256SUMS.txt, their hashes in `sha256sum -c` format.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root as rootUrl } from 'astro:config/server';
import { getPolicies } from '../../lib/collection.ts';
import { SOURCES_DIR } from '../../lib/policy/library-fs.ts';
import type { Policy } from '../../lib/policy/model.ts';

const SUMS = 'SHA256SUMS.txt';
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

type Props = { policy: Policy } | { policies: readonly Policy[] };

export const getStaticPaths = (async () => {
  const policies = await getPolicies();
  const clash = policies.find((p) => p.source === SUMS);
  if (clash) throw new Error(`${clash.file}: a source cannot be named ${SUMS}, the name of the published list of hashes`);
  return [...policies.map((policy) => ({ params: { file: policy.source }, props: { policy } })), { params: { file: SUMS }, props: { policies } }];
}) satisfies GetStaticPaths;

/** The source's bytes as they are on disk, refused if they no longer hash as they did when the library was loaded. */
function sourceBytes(policy: Policy): Uint8Array<ArrayBuffer> {
  const root = fileURLToPath(rootUrl);
  const bytes = readFileSync(join(root, SOURCES_DIR, policy.source));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== policy.sourceSha256) throw new Error(`${SOURCES_DIR}/${policy.source} changed during the build (it now hashes to ${sha256})`);
  return Uint8Array.from(bytes);
}

export const GET: APIRoute<Props> = ({ props }) =>
  'policy' in props
    ? new Response(sourceBytes(props.policy), { headers: TEXT })
    : new Response(props.policies.map((p) => `${p.sourceSha256}  ${p.source}\n`).join(''), { headers: TEXT });
