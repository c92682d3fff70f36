/** What the Dataset JSON-LD of an edition says. */
export interface DatasetInput {
  title: string;
  summary: string;
  source: string;
  year: number;
  /** Absolute URL of the edition page. */
  url: string;
  /** Absolute URLs of the downloads. */
  csv: string;
  xlsx: string;
  publisher: string;
  /** Column names, for variableMeasured. */
  columns: readonly string[];
}

/**
 * Schema.org Dataset for an edition, with its CSV and Excel downloads.
 * @example datasetLd({ title: '2025 年…500 强镇', … })['@type'] // 'Dataset'
 */
export function datasetLd(d: DatasetInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.title,
    description: d.summary,
    url: d.url,
    temporalCoverage: String(d.year),
    spatialCoverage: { '@type': 'Place', name: '中国' },
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    creditText: d.source,
    creator: { '@type': 'Organization', name: d.publisher },
    variableMeasured: d.columns,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: d.csv },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentUrl: d.xlsx,
      },
    ],
  };
}
