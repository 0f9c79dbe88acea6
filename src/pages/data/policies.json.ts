import type { APIRoute } from 'astro';
import { toPoliciesJson } from '../../lib/exports.ts';
import { getPolicies } from '../../lib/collection.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(toPoliciesJson(await getPolicies(), site), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
