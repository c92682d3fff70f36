/**
 * The card font: full static Noto Sans SC TTFs from the `@expo-google-fonts/noto-sans-sc`
 * package. Read from node_modules, never fetched: the build runs offline (and Google Fonts
 * is unreachable from mainland China anyway). Full files, not subsets, so any title an
 * editor types is covered; the missing-glyph check catches the rare character that is not.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The two faces cards use: regular for the footer, bold for the band, section and title. */
export const FONT_FILES = [
  { weight: 400, path: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf') },
  { weight: 700, path: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf') },
] as const;
