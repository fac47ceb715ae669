import { defineConfig } from 'vitest/config';

// `@workiva-sunset/source`: the runtime package (packages/runtime) resolves to its TypeScript sources
// in this repository's tests, so nothing has to be built first and every test shares one module instance.
const sourceCondition = ['@workiva-sunset/source'];

export default defineConfig({
  resolve: { conditions: sourceCondition },
  ssr: { resolve: { conditions: sourceCondition } },
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'codemods/**/*.test.ts', 'src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
