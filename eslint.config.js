// Lint: TypeScript's recommended rules, plus the house rule that page text is never markup.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**', '.cache/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render page text as text, never through innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML'][parent.type='AssignmentExpression']", message: 'Never assign markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render page text as text.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', 'webextension-polyfill'].map((name) => ({
            name,
            message: 'utils/ is the pure core: no browser APIs here.',
          })),
        },
      ],
    },
  },
);
