/**
 * Brand colours for share cards and WeChat posters.
 *
 * The site's colours live in `src/styles/tokens.css` as custom properties, but neither satori
 * (build-time cards) nor a canvas (the poster) can read CSS variables, so the light-theme values
 * are repeated here, once, in TypeScript. A unit test (`tests/unit/og-palette.test.ts`) compares
 * them with tokens.css, so the two cannot drift apart silently.
 */
export const OG_PALETTE = {
  /** --color-brand */
  brand: '#b3261e',
  /** --color-on-brand */
  onBrand: '#ffffff',
  /** --color-bg */
  bg: '#ffffff',
  /** --color-surface */
  surface: '#f5f3ef',
  /** --color-text */
  text: '#1c1b1a',
  /** --color-muted */
  muted: '#57534e',
  /** --color-border */
  border: '#d6d3d1',
} as const;

/** The tokens.css custom property each palette colour copies. */
export const OG_PALETTE_TOKENS: Record<keyof typeof OG_PALETTE, string> = {
  brand: '--color-brand',
  onBrand: '--color-on-brand',
  bg: '--color-bg',
  surface: '--color-surface',
  text: '--color-text',
  muted: '--color-muted',
  border: '--color-border',
};
