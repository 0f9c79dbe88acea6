import type { APIRoute } from 'astro';
import { policiesJsonSchema } from '../../lib/exports-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(policiesJsonSchema, null, 2), { headers: { 'content-type': 'application/schema+json' } });
