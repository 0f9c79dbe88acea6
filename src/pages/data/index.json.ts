import type { APIRoute } from 'astro';
import { getJurisdictions, getPolicies } from '../../lib/collection.ts';
import { libraryIndexText, toLibraryIndex } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(libraryIndexText(toLibraryIndex(await getPolicies(), [...(await getJurisdictions()).values()], site)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
