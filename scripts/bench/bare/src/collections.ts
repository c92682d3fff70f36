/** The Markdown collections the bare site builds (the real site's folders, settings aside). */
export const COLLECTIONS = ['forum', 'news', 'research', 'policies', 'toolkits', 'stories', 'pages'] as const;

export type BareCollection = (typeof COLLECTIONS)[number];
