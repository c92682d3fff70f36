import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * Encode RGBA pixels as an 8-bit palette PNG, losslessly, or return undefined when the image
 * has more than 256 colours. A share card is flat colours plus anti-aliased text (under a
 * hundred distinct colours), and a palette PNG of it is about 40 % the size of resvg's RGBA
 * PNG. Deflate level 6: level 9 saves another 10 % but takes ten times as long.
 * @example encodePalettePng(resvg.render().pixels, 1200, 630) // Buffer starting with \x89PNG
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const index = new Map<number, number>();
  const stride = width + 1; // each scanline starts with its filter byte (0: none)
  const raw = Buffer.alloc(stride * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = pixels[y * width + x]!;
      if (colour !== last) {
        let i = index.get(colour);
        if (i === undefined) {
          if (index.size === 256) return undefined;
          i = index.size;
          index.set(colour, i);
        }
        last = colour;
        lastIndex = i;
      }
      raw[y * stride + 1 + x] = lastIndex;
    }
  }
  const palette = Buffer.alloc(index.size * 3);
  const alpha = Buffer.alloc(index.size);
  let translucent = false;
  for (const [colour, i] of index) {
    // Uint32 over RGBA bytes is little-endian on every platform Node runs on: 0xAABBGGRR.
    palette[i * 3] = colour & 0xff;
    palette[i * 3 + 1] = (colour >>> 8) & 0xff;
    palette[i * 3 + 2] = (colour >>> 16) & 0xff;
    alpha[i] = colour >>> 24;
    if (alpha[i] !== 0xff) translucent = true;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(translucent ? [chunk('tRNS', alpha)] : []),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * Width and height from a PNG's IHDR chunk, or undefined if `data` is not a PNG.
 * @example pngSize(readFileSync('dist/og/index.png')) // { width: 1200, height: 630 }
 */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || !SIGNATURE.equals(data.subarray(0, 8))) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
