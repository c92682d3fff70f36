/**
 * Schema.org objects for the site's JSON-LD. Pure functions: pages pass plain data in.
 */

interface OrgInput {
  siteName: string;
  publisher: string;
  contact: { email: string; phones: string[] };
}

/**
 * The research center as an Organization, part of its publisher.
 * @example organization(settings, 'https://example.org/')['@type'] // 'Organization'
 */
export function organization(s: OrgInput, site: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: s.siteName,
    url: site,
    email: s.contact.email,
    telephone: s.contact.phones,
    parentOrganization: { '@type': 'Organization', name: s.publisher },
  };
}
