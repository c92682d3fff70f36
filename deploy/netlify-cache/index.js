/**
 * Keeps the build's caches between Netlify builds (deploy/README.md, "Build caches"). Netlify keeps
 * `node_modules` by itself; any other folder only through a build plugin's `utils.cache`.
 * Restored before the build, saved only after a successful one (Netlify runs onPostBuild only then).
 *
 * @typedef {{ restore(path: string): Promise<boolean>, save(path: string): Promise<boolean> }} NetlifyCache
 * @typedef {{ inputs: { paths: string[] }, utils: { cache: NetlifyCache } }} PluginArgs
 */

/** @param {PluginArgs} args */
export async function onPreBuild({ inputs, utils }) {
  for (const path of inputs.paths) {
    console.log(`[cache] ${path}: ${(await utils.cache.restore(path)) ? 'restored' : 'none yet'}`);
  }
}

/** @param {PluginArgs} args */
export async function onPostBuild({ inputs, utils }) {
  for (const path of inputs.paths) await utils.cache.save(path);
}
