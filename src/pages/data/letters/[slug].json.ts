import type { APIRoute, GetStaticPaths } from 'astro';
import { getJurisdictions, getLetterTemplates, getPolicies } from '../../../lib/collection.ts';
import { toLettersJson } from '../../../lib/exports.ts';
import { rightsFor } from '../../../lib/letters/fill.ts';

export const getStaticPaths = (async () => {
  const jurisdictions = await getJurisdictions();
  const templates = await getLetterTemplates();
  return (await getPolicies()).map((policy) => ({ params: { slug: policy.slug }, props: { json: toLettersJson(policy, rightsFor(policy, jurisdictions, templates)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: unknown }> = ({ props }) => new Response(JSON.stringify(props.json, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
