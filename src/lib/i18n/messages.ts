/**
 * The site's UI text, Chinese first: the words every page shares are here, each page's
 * own words in a file of its own beside this one, all read through one t(). Report text
 * is never translated: it is quoted as written.
 */
import { about } from './about.ts';
import { audit } from './audit.ts';
import { brief } from './brief.ts';
import { compare } from './compare.ts';
import { county } from './county.ts';
import { coverage } from './coverage.ts';
import { data } from './data.ts';
import { figures } from './figures.ts';
import { matrix } from './matrix.ts';
import { publicPages } from './public.ts';
import { translator, withParams, type Messages } from './translate.ts';

export const common = {
	site_name: { zh: '县域政务服务绩效对比看板', en: 'County Government Service Performance' },
	skip_to_content: { zh: '跳到正文', en: 'Skip to content' },
	nav_label: { zh: '主导航', en: 'Main navigation' },
	nav_home: { zh: '首页', en: 'Home' },
	nav_compare: { zh: '对比', en: 'Compare' },
	nav_matrix: { zh: '矩阵', en: 'Matrix' },
	nav_audit: { zh: '审核发现', en: 'Audit' },
	nav_data: { zh: '数据下载', en: 'Data' },
	nav_about: { zh: '说明', en: 'About' },
	settings_label: { zh: '显示设置', en: 'Display settings' },
	larger_text: { zh: '大字', en: 'Larger text' },
	high_contrast: { zh: '高对比', en: 'High contrast' },
	language: { zh: 'English', en: '中文' },
	language_label: { zh: '切换到英文', en: 'Switch to Chinese' },
	footer_sources: {
		zh: '每个数字都引自县级政务服务数据管理局的绩效自评报告原文，或由页面写明的公式计算得出。',
		en: "Every figure is quoted from a county bureau's self-evaluation report, or derived by a formula the page states."
	},
	footer_manifest: { zh: '数据清单', en: 'Data manifest' },
	loading: { zh: '正在加载…', en: 'Loading…' },
	empty: { zh: '没有可显示的数据', en: 'No data to show' },
	error: { zh: '加载失败', en: 'Failed to load' },
	engine_unavailable: { zh: '交互查询暂不可用', en: 'Interactive queries are unavailable' },
	engine_unavailable_detail: {
		zh: '页面仍显示预先生成的默认视图；切换视图需要的数据引擎未能加载：',
		en: 'The page still shows its prebuilt default view; the data engine needed to change views failed to load: '
	},
	show_table: { zh: '数据表', en: 'Data table' },
	save_png: { zh: '保存图片', en: 'Save as PNG' },
	download_csv: { zh: '下载 CSV', en: 'Download CSV' },
	show_all_rows: withParams<{ n: number }>(
		(p) => `一次显示全部 ${p.n} 行`,
		(p) => `Show all ${p.n} rows at once`
	),
	none: { zh: '（无）', en: '(none)' },
	metric_heading: { zh: '指标', en: 'Metric' },
	category_heading: { zh: '类别', en: 'Category' },
	unit_heading: { zh: '单位', en: 'Unit' },
	year_heading: { zh: '年度', en: 'Year' },
	value_heading: { zh: '数值', en: 'Value' },
	how_verified: { zh: '了解核实方法', en: 'How figures are verified' }
} as const;

const messages = {
	...common,
	...figures,
	...compare,
	...matrix,
	...coverage,
	...brief,
	...audit,
	...county,
	...publicPages,
	...about,
	...data
} satisfies Messages;

/** Every table of the site, by name, for the tests that keep them tidy. */
export const tables = {
	common,
	figures,
	compare,
	matrix,
	coverage,
	brief,
	audit,
	county,
	publicPages,
	about,
	data
};

export type MessageKey = keyof typeof messages;

export const t = translator(messages);
