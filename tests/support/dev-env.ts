/** The environment of a developer's shell: without Vitest's markers, which change how Astro and Vite run. */
export function devEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return { ...env, ...extra };
}
