import { defineConfig } from 'vite';

// The Maven build sets TL_UI_OUT to the web jar's resources (target/classes/org/threatloom/web/static).
export default defineConfig({
  base: '/',
  build: {
    outDir: process.env.TL_UI_OUT || 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
