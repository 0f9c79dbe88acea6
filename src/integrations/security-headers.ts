/** Writes `dist/_headers` from src/lib/security.ts after the build. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'policy-library:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
        logger.info('wrote _headers');
      },
    },
  };
}
