// typescript-eslint's program cannot read .astro files, so an imported component used as a value
// (an MDX components map) would be an error type there; astro check resolves the real module first.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

// Decap's workflow card, wrapped by admin/workflow-card.ts; the package ships no types for its files.
declare module 'decap-cms-core/dist/esm/components/Workflow/WorkflowCard.js' {
  const WorkflowCard: import('react').ComponentType<Record<string, unknown>>;
  export default WorkflowCard;
}
