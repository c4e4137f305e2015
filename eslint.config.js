// ESLint flat config: the project lints its own TypeScript with typescript-eslint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // bundle/ is generated (npm run bundle) from the linted sources.
  { ignores: ['dist/', 'bundle/', 'node_modules/', 'coverage/', 'test-results/', 'fixtures/'] },
  js.configs.recommended,
  // CommonJS config files of tools (dependency-cruiser).
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
