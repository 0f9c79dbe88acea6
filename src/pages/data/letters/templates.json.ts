import type { APIRoute } from 'astro';
import { getLetterTemplates } from '../../../lib/collection.ts';

/** The letter templates as written (with the translators' notes), for anyone who wants to reuse or review them. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ schemaVersion: 2, templates: (await getLetterTemplates()).map(({ file: _file, ...t }) => t) }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
