/**
 * A town's returned questionnaire (the .xlsx the site's form produced, src/forms/sheet-layout.ts)
 * read into the fields of its industry profile. The editor reviews the result before anything is
 * published; what the workbook cannot say (province, county, the town's slug) stays for the editor.
 */
import type { FieldProblem } from '../lib/content-problem.ts';
import { readTable } from '../rankings/read-table.ts';
import type { FormDef, FormField } from '../schemas/form.ts';
import { INTENT, type ProfileData } from '../schemas/profile.ts';

/** The profile fields a questionnaire fills, by the questionnaire's field code. */
const FROM = {
  town: 'town',
  'featured-industry': 'featuredIndustry',
  specialties: 'specialties',
  'leading-firms': 'leadingFirms',
  'investment-promotion': 'investment',
  'development-needs': 'needs',
  partners: 'partners',
} as const;

/** The profile fields a questionnaire can fill. */
type Filled =
  'town' | 'featuredIndustry' | 'specialties' | 'leadingFirms' | 'investment' | 'needs' | 'partners' | 'source';
export type ImportedProfile = { -readonly [K in Filled]?: ProfileData[K] };

export interface QuestionnaireImport {
  profile: ImportedProfile;
  /** What stops the import, each naming the row and the field (第 5 行「…」). */
  problems: FieldProblem[];
  /** What the editor should check before review, in the same form. */
  notes: FieldProblem[];
}

/** The label a field has in column B of the workbook: numbered items carry their hint below it. */
function rowLabel(field: FormField, numbered: boolean): string {
  return numbered && field.hint ? `${field.label}\n（${field.hint}）` : field.label;
}

const lines = (text: string) =>
  text
    .split(/\r?\n|[；;]/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Read a returned questionnaire workbook against the questionnaire's definition (content/forms/).
 * @example await questionnaireProfile(bytes, '镇域发展问卷-孝丰镇人民政府.xlsx', def)
 *   // { profile: { town: '孝丰镇', featuredIndustry: '…', … }, problems: [], notes: [...] }
 */
export async function questionnaireProfile(
  bytes: Uint8Array,
  fileName: string,
  def: Pick<FormDef, 'title' | 'sections'>,
): Promise<QuestionnaireImport> {
  const problems: FieldProblem[] = [];
  const notes: FieldProblem[] = [];
  const result = (profile: ImportedProfile = {}) => ({ profile, problems, notes });
  if (!fileName.toLowerCase().endsWith('.xlsx')) {
    problems.push({ field: '数据文件', message: `应为本站“${def.title}”生成的 Excel 文件（.xlsx）` });
    return result();
  }
  const read = await readTable(bytes, fileName);
  if ('problem' in read) {
    problems.push(read.problem);
    return result();
  }
  const text = (r: number, c: number) => String(read.table[r]?.[c] ?? '').trim();
  if (text(0, 0) !== def.title) {
    problems.push({
      field: '第 1 行（标题）',
      message: `应为「${def.title}」，现在是「${text(0, 0)}」；请上传本站“${def.title}”生成的文件`,
    });
    return result();
  }
  const answers = new Map<string, { row: number; label: string; value: string; field: FormField }>();
  for (const section of def.sections.filter((s) => !s.repeat)) {
    for (const field of section.fields) {
      const label = rowLabel(field, Boolean(section.number));
      const r = read.table.findIndex((row) => String(row?.[1] ?? '').trim() === label.trim());
      if (r < 0) {
        if (field.key in FROM)
          problems.push({
            field: `「${field.label}」`,
            message: '文件中找不到这一行；请上传本站生成、未改动表格结构的问卷文件',
          });
        continue;
      }
      answers.set(field.key, { row: r + 1, label: field.label, value: text(r, 2), field });
    }
  }
  if (problems.length > 0) return result();

  const profile: ImportedProfile = {};
  const at = (a: { row: number; label: string }) => `第 ${a.row} 行「${a.label}」`;
  const town = answers.get('town');
  if (town) {
    const name = town.value.replace(/(?:人民政府|政府)$/, '');
    if (!/镇$/.test(name))
      problems.push({ field: at(town), message: `应为镇政府的名称，例如：孝丰镇人民政府；现在是「${town.value}」` });
    else profile.town = name;
  }
  const choice = answers.get('investment-promotion');
  if (choice && choice.value !== '') {
    if ((INTENT as readonly string[]).includes(choice.value))
      profile.investment = choice.value as (typeof INTENT)[number];
    else problems.push({ field: at(choice), message: `应为 ${INTENT.join(' 或 ')}，现在是「${choice.value}」` });
  }
  const plain = (
    key: 'featured-industry' | 'development-needs' | 'partners',
    to: 'featuredIndustry' | 'needs' | 'partners',
  ) => {
    const a = answers.get(key);
    if (a?.value) profile[to] = a.value;
  };
  plain('featured-industry', 'featuredIndustry');
  plain('development-needs', 'needs');
  plain('partners', 'partners');
  const specialties = answers.get('specialties');
  if (specialties?.value) profile.specialties = lines(specialties.value).map((name) => ({ name }));
  const firms = answers.get('leading-firms');
  if (firms?.value) {
    profile.leadingFirms = lines(firms.value).map((name) => ({ name }));
    notes.push({
      field: at(firms),
      message: `按行分为 ${profile.leadingFirms.length} 家企业，整行填在“企业名称”中；规模、市场占有率及其来源和年份请核对后分别填写`,
    });
  }
  if (town?.value) profile.source = `${def.title}（${town.value}填写）`;
  return result(profile);
}
