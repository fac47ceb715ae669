// The file extensions a run looks at (discover.ts) and grep searches (prefilter-search.ts).
export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'] as const;
