/**
 * What a reader typed into a form: for each section (in definition order) its rows,
 * each row mapping a field key to the text typed. A section that is not repeatable has one row.
 * @example const values: FormValues = [[{ org: '某某镇人民政府', address: '…' }], [{ name: '…' }]];
 */
export type FormValues = Record<string, string>[][];
