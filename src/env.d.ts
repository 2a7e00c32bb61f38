/// <reference types="astro/client" />

// Plain `tsc` does not understand .astro files (astro check does). This lets
// TypeScript modules that import components, like lesson-components.ts, type-check.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
