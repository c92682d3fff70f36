/**
 * Which official data the town checks use, said once for messages, the CMS and the pages. No
 * Node imports: the CMS bundles the content definitions that read it.
 */

/** The day the data describes: 国家统计局's cut-off for these codes. */
export const DIVISIONS_DATE = { year: 2023, month: 6, day: 30 } as const;

/** How messages and pages name the data. */
export const DIVISIONS_SOURCE = `国家统计局 ${DIVISIONS_DATE.year} 年统计用区划代码`;

/** The cut-off as editors read it: 2023 年 6 月 30 日. */
export const DIVISIONS_DAY = `${DIVISIONS_DATE.year} 年 ${DIVISIONS_DATE.month} 月 ${DIVISIONS_DATE.day} 日`;
