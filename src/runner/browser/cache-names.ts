/**
 * Cache Storage names of the browser runner, one per Go version: the
 * toolchain's files (manifest, archives) and the build outputs kept across
 * page loads. The page reads the first to know whether the toolchain was
 * downloaded before (src/islands/hooks/useGoEngine.ts).
 */
export const TOOLCHAIN_CACHE_PREFIX = 'go-toolchain-';
export const BUILD_CACHE_PREFIX = 'go-build-';
