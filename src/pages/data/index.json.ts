import type { APIRoute } from 'astro';
import { getJurisdictions, getPolicies } from '../../lib/collection.ts';
import { toLibraryIndex } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(toLibraryIndex(await getPolicies(), [...(await getJurisdictions()).values()], site), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
