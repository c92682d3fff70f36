/**
 * Decap falls back to English for any phrase its Simplified Chinese lacks: with our
 * additions (admin/locale.ts), none is left, so no English reaches an editor's screen or
 * screen reader from Decap's phrase books.
 */
import { describe, expect, it } from 'vitest';
// The phrase books themselves: the package's main file is a browser-only bundle.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import { ADDED_PHRASES, addPhrases, patchPhrases } from '../../../admin/locale.ts';

type Phrases = { [key: string]: string | Phrases };

/** Every phrase path of a phrase book. */
function paths(phrases: Phrases, prefix: string[] = []): string[] {
  return Object.entries(phrases).flatMap(([key, v]) =>
    typeof v === 'string' ? [[...prefix, key].join('.')] : paths(v, [...prefix, key]),
  );
}

function lookup(phrases: Phrases, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node as Phrases | undefined)?.[key], phrases);
}

describe('the Chinese phrase book the CMS registers', () => {
  const ours = addPhrases(patchPhrases(zh_Hans as Phrases));

  it('has every phrase Decap has in English', () => {
    const missing = paths(en as Phrases).filter((p) => typeof lookup(ours, p) !== 'string');
    expect(missing).toEqual([]);
  });

  it('has no English words but names (Markdown, GitHub, Decap…), outside what this site never shows', () => {
    // Login buttons of backends this site does not use, a settings error of Netlify's
    // git-gateway, the name of Decap's own settings file; a date pattern (M月D日) is no text.
    const neverShown =
      /^auth\.(loginWith(?!GitHub|GitLab|Forgejo)|errors\.identitySettings)|^app\.app\.checkConfigYml$|^workflow\.workflow\.dateFormat$/;
    const names = new Set(['Markdown', 'GitHub', 'GitLab', 'Forgejo', 'Decap', 'KB', 'Ctrl', 'Enter']);
    const english = paths(ours)
      .filter((p) => !neverShown.test(p))
      .flatMap((p) => {
        const text = String(lookup(ours, p)).replace(/%\{\w+\}/g, '');
        return (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !names.has(w)).map((w) => `${p}: ${w}`);
      });
    expect(english).toEqual([]);
  });

  it('adds only phrases Decap has, and writes them in Chinese', () => {
    for (const [dotted, text] of Object.entries(ADDED_PHRASES)) {
      expect(typeof lookup(en as Phrases, dotted), dotted).toBe('string');
      expect(text, dotted).toMatch(/\p{Script=Han}/u);
    }
  });

  it('adds groups as needed and leaves the original untouched', () => {
    const original: Phrases = { ui: {} };
    expect(addPhrases(original, { 'ui.settingsDropdown.account': '账户菜单' })).toEqual({
      ui: { settingsDropdown: { account: '账户菜单' } },
    });
    expect(original).toEqual({ ui: {} });
    expect(() => addPhrases({ ui: 'x' }, { 'ui.a': '甲' })).toThrow(/not found/);
  });
});
