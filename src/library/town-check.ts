/** A town as a profile or a project names it. */
export interface LibraryPlace {
  province: string;
  county: string;
  town: string;
}

/**
 * Why a profile's or a project's town cannot be right, in Chinese, one line per problem; empty when
 * it may be. Every town check of the library goes through here, so an official list of divisions
 * can replace these name rules in one place.
 * @example libraryTownProblems({ province: '浙江省', county: '安吉县', town: '孝丰' }) // ['「镇」应为镇的全称，以“镇”结尾，例如：孝丰镇']
 */
export function libraryTownProblems(place: LibraryPlace): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!/(?:县|市|区|旗)$/.test(place.county.trim())) {
    problems.push({
      field: 'county',
      message: '「县（市、区）」应为县级行政区的全称，以县、市、区或旗结尾，例如：安吉县',
    });
  }
  if (!/镇$/.test(place.town.trim())) {
    problems.push({ field: 'town', message: '「镇」应为镇的全称，以“镇”结尾，例如：孝丰镇' });
  }
  return problems;
}
