/**
 * Response headers for the in-browser Go toolchain under /go/. A StackBlitz
 * WebContainer runs on another origin and must be allowed to read these files.
 * Used by the dev/preview servers (astro.config.mjs) and checked against
 * public/_headers by a unit test, so the two never drift apart.
 */
export const goAssetHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};
