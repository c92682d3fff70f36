/** Every URL of the project catalogue, in one place. */
export const libraryUrls = {
  list: '/projects/',
  province: (slug: string) => `/projects/provinces/${slug}/`,
  industry: (slug: string) => `/projects/industries/${slug}/`,
  status: (slug: string) => `/projects/status/${slug}/`,
  /** A town's projects, by the slug of its town page. */
  town: (townSlug: string) => `/projects/towns/${townSlug}/`,
} as const;
