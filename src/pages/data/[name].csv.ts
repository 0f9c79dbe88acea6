import type { APIRoute } from 'astro';
import { toComparisonCsv } from '../../lib/exports.ts';
import { getPolicies } from '../../lib/collection.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toComparisonCsv(await getPolicies(), site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
