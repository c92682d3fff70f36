import { describe, expect, it } from 'vitest';
import { allocatorEnv } from '../../../scripts/lib/allocator-env.ts';

describe('allocatorEnv', () => {
  it('asks mimalloc to commit on demand and give memory back at once while bundling', () => {
    const env = allocatorEnv({ PATH: '/usr/bin' }, 'bundle');
    expect(env).toMatchObject({ PATH: '/usr/bin', MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0' });
  });
  it('keeps freed pages while drawing cards', () => {
    expect(allocatorEnv({}, 'draw')).toEqual({ MIMALLOC_PURGE_DELAY: '-1' });
  });
  it('leaves settings already in the environment alone', () => {
    expect(allocatorEnv({ MIMALLOC_PURGE_DELAY: '10' }, 'bundle')['MIMALLOC_PURGE_DELAY']).toBe('10');
    expect(allocatorEnv({ MIMALLOC_PURGE_DELAY: '10' }, 'draw')['MIMALLOC_PURGE_DELAY']).toBe('10');
  });
});
