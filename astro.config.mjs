// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import expressiveCode from 'astro-expressive-code';
import { goAssetHeaders, needsGoAssetHeaders } from './scripts/go-asset-headers.mjs';
import { compactBuiltSite } from './scripts/lib/compact-code.mjs';
import { rawToolMiddleware, writeRawTools } from './scripts/lib/go-tools.mjs';
import { writeServiceWorker } from './scripts/lib/service-worker.mjs';
import { writeSearchIndex } from './scripts/lib/search-index.mjs';

const publicGo = fileURLToPath(new URL('./public/go/', import.meta.url));

/**
 * Serves /go/* (the in-browser toolchain) and /runner/* (the grading runner)
 * with CORS and cross-origin resource headers, so a StackBlitz WebContainer on
 * another origin can fetch them from the dev and preview servers. Static
 * hosts get the same headers from public/_headers.
 */
function goAssetHeadersPlugin() {
  /** @param {import('vite').Connect.Server} middlewares */
  const install = (middlewares) => {
    middlewares.use((req, res, next) => {
      if (needsGoAssetHeaders(req.url)) {
        for (const [name, value] of Object.entries(goAssetHeaders)) res.setHeader(name, value);
      }
      next();
    });
  };
  return {
    name: 'go-mastery:go-asset-headers',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      install(server.middlewares);
      server.middlewares.use(rawToolMiddleware(publicGo));
    },
    /** @param {import('vite').PreviewServer} server */
    configurePreviewServer(server) {
      install(server.middlewares);
      server.middlewares.use(rawToolMiddleware(null));
    },
  };
}

/** Writes the raw tools into dist/go (see scripts/lib/go-tools.mjs). */
function rawToolsIntegration() {
  return {
    name: 'go-mastery:raw-tools',
    hooks: {
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:done': ({ dir, logger }) => {
        const files = writeRawTools(publicGo, fileURLToPath(new URL('./go/', dir)));
        logger.info(`raw tools for compileStreaming: ${files.join(', ')}`);
      },
    },
  };
}

/** Indexes the lessons for search into dist/pagefind (see scripts/lib/search-index.mjs). */
function searchIndexIntegration() {
  return {
    name: 'go-mastery:search-index',
    hooks: {
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`search index: ${pages} lessons`);
      },
    },
  };
}

/** Writes dist/sw.js last, over the finished build (see scripts/lib/service-worker.mjs). */
function serviceWorkerIntegration() {
  return {
    name: 'go-mastery:service-worker',
    hooks: {
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir).replace(/\/$/, ''));
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files precached (${Math.round(size / 1024)} kB)`);
      },
    },
  };
}

/** Shrinks the built HTML of code blocks (see scripts/lib/compact-code.mjs). */
function compactCodeIntegration() {
  return {
    name: 'go-mastery:compact-code',
    hooks: {
      /** @param {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} options */
      'astro:build:done': ({ dir, logger }) => {
        const saved = compactBuiltSite(fileURLToPath(dir));
        logger.info(`code blocks: ${Math.round(saved / 1024)} kB of inline token styles replaced by classes`);
      },
    },
  };
}

export default defineConfig({
  site: 'https://go-mastery.local',
  // Tests that build deliberately broken content use their own cache so they
  // never leave a broken data store behind for the real build.
  ...(process.env.GO_MASTERY_CACHE_DIR ? { cacheDir: process.env.GO_MASTERY_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  integrations: [
    // Options live in ec.config.mjs.
    expressiveCode(),
    mdx(),
    react(),
    compactCodeIntegration(),
    rawToolsIntegration(),
    // After every other step that writes HTML, and before the service worker precaches the index.
    searchIndexIntegration(),
    serviceWorkerIntegration(),
  ],
  vite: {
    plugins: [goAssetHeadersPlugin()],
  },
});
