import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicies } from '../../../lib/collection.ts';
import { policyFileText } from '../../../lib/exports.ts';
import type { Policy } from '../../../lib/policy/model.ts';

export const getStaticPaths = (async () =>
  (await getPolicies()).map((policy) => ({ params: { slug: policy.slug }, props: { policy } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ policy: Policy }> = ({ props, site }) =>
  new Response(policyFileText(props.policy, site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
