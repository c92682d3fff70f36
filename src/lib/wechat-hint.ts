/**
 * What to tell a reader in WeChat, whose in-app browser commonly blocks downloads: open the page in
 * the system browser, or copy the address. Shared by WeChatHint.astro and Markdown download links.
 * @example WECHAT_DOWNLOAD_HINT // '在微信里点了没反应？…'
 */
export const WECHAT_DOWNLOAD_HINT = '在微信里点了没反应？请点右上角「⋯」选「在浏览器打开」再下载，或复制链接：';

/** Links to files a reader downloads rather than reads. */
export const DOWNLOAD_FILE = /\.(?:xlsx?|docx?|pdf|ics|zip|rar|pptx?|csv)(?:[?#]|$)/iu;
