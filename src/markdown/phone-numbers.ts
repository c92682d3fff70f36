/** A run of text, or a phone number found in it. */
export type TextPart = { text: string; phone?: undefined } | { text: string; phone: true };

/**
 * Mainland phone numbers as they are written in the center's documents: a landline with its area code
 * and a dash or space (010-67410624), or an 11-digit mobile (13716385865). Digits right before or after
 * keep account numbers, ID numbers and credit codes from matching.
 */
const PHONE = /(?<![\d-])(?:0\d{2,3}[-\s]\d{7,8}|1[3-9]\d{9})(?![\d-])/gu;

/**
 * Split text around the phone numbers in it, so each can become a `tel:` link.
 * @example splitPhones('电话：010-67410624 / 13716385865') // [{text:'电话：'},{text:'010-67410624',phone:true},{text:' / '},{text:'13716385865',phone:true}]
 */
export function splitPhones(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], phone: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
