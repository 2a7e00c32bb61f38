/**
 * Response headers for the in-browser Go toolchain under /go/ and the runner
 * bundle under /runner/. A StackBlitz WebContainer runs on another origin and
 * must be allowed to read these files. Used by the dev/preview servers
 * (astro.config.mjs) and checked against public/_headers by unit tests, so the
 * two never drift apart.
 */
export const goAssetHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** URL path prefixes served with goAssetHeaders. */
export const crossOriginPaths = ['/go/', '/runner/'];

/**
 * Whether a request path gets goAssetHeaders.
 * @param {string | undefined} url
 */
export function needsGoAssetHeaders(url) {
  return url !== undefined && crossOriginPaths.some((prefix) => url.startsWith(prefix));
}
