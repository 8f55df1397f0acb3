import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'build/', 'docs/', 'bench/out/', 'test/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/cli/**', 'bench/**', 'scripts/**', 'test/**', 'examples/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The engine is pure: no host, UI, DOM or file system.
    files: ['src/engine/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'node:*', 'path', 'os', 'child_process', 'exceljs', 'react', 'react-dom', 'react/*', '@fluentui/*', 'office-js', '../hosts/*', '../../hosts/*', '../taskpane/*', '../cli/*'], message: 'src/engine is pure: no Office.js, DOM, React or file I/O.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
);
