import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/data/',
			'node_modules/',
			'test-results/',
			'.scratch/',
			'.bench-tmp/',
			'bench-results/',
			'.review/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		// The review workbench's page is a plain Svelte app, not SvelteKit: no resolve().
		files: ['scripts/review/ui/**/*.svelte'],
		rules: { 'svelte/no-navigation-without-resolve': 'off' }
	},
	{
		// A page reads files through readInput (src/lib/db/node.server.ts), which notes them as
		// the page's inputs: a rebuild keeps a page only while everything it read is unchanged.
		files: ['src/**/*.{js,ts,svelte}'],
		ignores: [
			'src/lib/db/**',
			'src/lib/server/page-records.js',
			'src/lib/server/incremental.ts',
			'src/lib/server/page-times.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				...['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
					name,
					message: "A page's files are read with readInput from $lib/db/node.server.ts."
				}))
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
