import QRCode from 'qrcode';

/** Modules of white around the code, as the QR standard asks, so a phone finds its edges. */
const QUIET = 4;

/**
 * A QR code of `text` as an SVG data URL: one path of square modules, black on white, crisp at any size.
 * @example qrSvg('https://gyxz.example.cn/towns/x/') // 'data:image/svg+xml,…'
 */
export function qrSvg(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size + 2 * QUIET;
  let d = '';
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) d += `M${c + QUIET} ${r + QUIET}h1v1h-1z`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
