import type { APIRoute } from 'astro';
import { getJurisdictions } from '../../lib/collection.ts';
import { toJurisdictionsJson } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toJurisdictionsJson([...(await getJurisdictions()).values()]), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
