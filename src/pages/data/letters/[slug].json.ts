import type { APIRoute, GetStaticPaths } from 'astro';
import { getJurisdictions, getLetterTemplates, getPolicies } from '../../../lib/collection.ts';
import { toLettersJson } from '../../../lib/exports.ts';
import type { Jurisdiction } from '../../../lib/jurisdiction/model.ts';
import { rightsFor } from '../../../lib/letters/fill.ts';
import type { LetterTemplate } from '../../../lib/letters/model.ts';
import type { Policy } from '../../../lib/policy/model.ts';

interface Props {
  policy: Policy;
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  templates: readonly LetterTemplate[];
}

export const getStaticPaths = (async () => {
  const jurisdictions = await getJurisdictions();
  const templates = await getLetterTemplates();
  return (await getPolicies()).map((policy) => ({
    params: { slug: policy.slug },
    props: { policy, jurisdictions, templates } satisfies Props,
  }));
}) satisfies GetStaticPaths;

// The letters are filled here, not in getStaticPaths: Astro holds every route's props until the build ends.
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(toLettersJson(props.policy, rightsFor(props.policy, props.jurisdictions, props.templates)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
