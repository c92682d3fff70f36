/** The input an Event needs; pages pass plain values from the forum edition. */
export interface EventInput {
  title: string;
  description: string;
  /** Absolute URL of the edition page. */
  url: string;
  /** Forum day, YYYY-MM-DD (the invitation gives no clock times, so dates only). */
  date: string;
  venue: { name: string; address?: string | undefined };
  host: string;
  organizer: string;
  fee: number;
  /** Reply deadline, YYYY-MM-DD: the offer is valid through it. */
  deadline: string;
  /** Absolute URL of the online reply form. */
  registerUrl: string;
  /** Absolute URL of the edition page's share card. */
  image: string;
}

/**
 * schema.org Event for a forum edition: an in-person event in Beijing with a 3000-yuan offer.
 * @example eventLd(input)['eventAttendanceMode'] // 'https://schema.org/OfflineEventAttendanceMode'
 */
export function eventLd(e: EventInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    description: e.description,
    url: e.url,
    image: e.image,
    startDate: e.date,
    endDate: e.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: e.venue.name,
      address: {
        '@type': 'PostalAddress',
        ...(e.venue.address ? { streetAddress: e.venue.address } : {}),
        addressCountry: 'CN',
      },
    },
    organizer: [
      { '@type': 'Organization', name: e.host },
      { '@type': 'Organization', name: e.organizer },
    ],
    offers: {
      '@type': 'Offer',
      price: e.fee,
      priceCurrency: 'CNY',
      url: e.registerUrl,
      validThrough: e.deadline,
    },
  };
}
