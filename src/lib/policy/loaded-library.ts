/**
 * The library the content layer loaded in this process, handed on to the
 * pages (src/lib/collection.ts) and to the search-index step, so that the
 * policies are parsed once and are not copied into the content layer's
 * store. The content loader, the pages and the integration run in the same
 * Node process (under `astro build` and `astro dev`) but as different module
 * graphs, so the hand-over goes through a global rather than a module variable.
 */
import type { Policy } from './model.ts';

const KEY = '__privacyInParallelLoadedLibrary';
interface Loaded {
  readonly root: string;
  readonly policies: readonly Policy[];
}
const shared = globalThis as typeof globalThis & { [KEY]?: Loaded };

/** Records what the content loader loaded from `root`. */
export function shareLoadedLibrary(root: string, policies: readonly Policy[]): void {
  shared[KEY] = { root, policies };
}

/** The policies the content loader loaded from `root` in this process, or null if it has not run there: the one accessor. */
export function loadedLibrary(root: string): readonly Policy[] | null {
  const loaded = shared[KEY];
  return loaded && loaded.root === root ? loaded.policies : null;
}
