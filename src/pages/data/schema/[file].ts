import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_SCHEMAS } from '../../../lib/exports-schema.ts';

export const getStaticPaths = (() => Object.keys(JSON_SCHEMAS).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(JSON_SCHEMAS[params.file as keyof typeof JSON_SCHEMAS], null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
