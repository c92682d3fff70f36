// typescript-eslint's program cannot read .astro files, so an imported component used as a value
// (an MDX components map) would be an error type there; astro check resolves the real module first.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
