import type { ImportedProfile } from './questionnaire-profile.ts';

type Data = Record<string, unknown>;

/** What the questionnaire field holds between choosing a file and saving: the answers read from it. */
export interface PendingImport {
  file: string;
  profile: ImportedProfile;
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * A profile as it is saved after a questionnaire was chosen: the answers fill the fields the editor
 * left empty (what the editor typed wins), and the pending import itself is dropped.
 * @example mergeImport({ town: '孝丰镇', questionnaire: '{"file":"a.xlsx","profile":{"needs":"…"}}' }, 'questionnaire') // { town: '孝丰镇', needs: '…' }
 */
export function mergeImport(data: Data, field: string): Data {
  const { [field]: pending, ...rest } = data;
  if (typeof pending !== 'string' || pending === '') return rest;
  const { profile } = JSON.parse(pending) as PendingImport;
  const out: Data = { ...rest };
  for (const [key, value] of Object.entries(profile)) if (empty(out[key])) out[key] = value;
  return out;
}
