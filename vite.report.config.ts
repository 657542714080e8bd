import { defineConfig } from 'vite';

// The report's HTML is made by the renderer's own code (same words, same charts, same rule in words as the
// views). This builds that code once more for Node, so `segwb report` writes the very report the app
// previews: one self-contained module in dist/report, every dependency bundled in (the packaged app
// leaves the renderer's libraries out of its node_modules).
export default defineConfig({
  build: {
    ssr: 'renderer/src/report/buildReport.ts',
    outDir: 'dist/report',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'buildReport.js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
