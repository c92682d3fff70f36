/**
 * Development only (`npm run cms`): the /admin/ page ignores the dev server's "reload the
 * page" messages.
 *
 * Why: `astro dev` tells every open page to reload when a content file changes, and
 * decap-server changes content files each time it switches branches — on every save and
 * every status change in the editorial workflow. /admin/ reloaded itself in a loop (every
 * two seconds while a settings change was pending) and lost its messages and unsaved work.
 * The CMS reads content through decap-server, never through the dev server, so it has
 * nothing to reload for. Other messages (hot updates of code) still arrive; after changing
 * the CMS's own code, reload by hand.
 *
 * It runs as a classic inline script before Vite's client module, so it wraps the
 * WebSocket the client opens (protocol `vite-hmr`) and drops `full-reload` messages.
 * Self-contained: the page inlines its source (`ignoreFullReload.toString()`).
 */
export function ignoreFullReload(): void {
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    readonly #viteHmr: boolean;
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.#viteHmr = protocols === 'vite-hmr';
    }
    override addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void {
      if (!this.#viteHmr || type !== 'message' || typeof listener !== 'function') {
        super.addEventListener(type, listener, options);
        return;
      }
      super.addEventListener(
        type,
        (event) => {
          const data = (event as MessageEvent<unknown>).data;
          if (typeof data === 'string' && (JSON.parse(data) as { type?: unknown }).type === 'full-reload') return;
          listener.call(this, event);
        },
        options,
      );
    }
  };
}
