/**
 * The comparison as CSV: /data/comparison.csv while the library fits in one
 * part, else /data/comparison-1.csv, /data/comparison-2.csv… (exports.ts
 * decides; /data/index.json lists the files).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPolicies } from '../../lib/collection.ts';
import { comparisonCsvParts, toComparisonCsv, type ComparisonCsvPart } from '../../lib/exports.ts';

export const getStaticPaths = (async () =>
  comparisonCsvParts(await getPolicies()).map((part) => ({ params: { name: part.name }, props: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: ComparisonCsvPart }> = ({ props, site }) =>
  new Response(toComparisonCsv(props.part.policies, site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
