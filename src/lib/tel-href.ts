/**
 * A `tel:` URL for a phone number as Chinese readers write it (dashes, spaces, full-width digits).
 * @example telHref('010-67410624') // 'tel:01067410624'
 */
export function telHref(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/[^\d+]/g, '');
  return `tel:${digits}`;
}
