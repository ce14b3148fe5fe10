/** UI text, Chinese first. Report text is never translated: it is quoted as written. */
import type { Lang } from '../format/index.ts';

const messages = {
	site_name: { zh: '县域政务服务绩效对比看板', en: 'County Government Service Performance' },
	site_short: { zh: '绩效对比看板', en: 'Yardstick' },
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
	not_reported: { zh: '未报告', en: 'not reported' },
	cumulative: { zh: '累计', en: 'cumulative' },
	source: { zh: '来源', en: 'Source' },
	loading: { zh: '正在加载…', en: 'Loading…' },
	empty: { zh: '没有可显示的数据', en: 'No data to show' },
	error: { zh: '加载失败', en: 'Failed to load' },
	show_table: { zh: '数据表', en: 'Data table' },
	save_png: { zh: '保存图片', en: 'Save as PNG' },
	download_csv: { zh: '下载 CSV', en: 'Download CSV' },
	// The downloads page (src/routes/data).
	data_title: { zh: '数据下载', en: 'Data downloads' },
	data_tables_caption: { zh: '数据表与下载文件', en: 'Tables and their files' },
	data_col_table: { zh: '表', en: 'Table' },
	data_col_holds: { zh: '内容', en: 'What it holds' },
	data_col_rows: { zh: '行数', en: 'Rows' },
	data_package_heading: { zh: '数据包说明与数据清单', en: 'Data package and manifest' },
	data_datapackage_link: { zh: '数据包说明 datapackage.json', en: 'Data package datapackage.json' },
	data_manifest_link: { zh: '数据清单 manifest.json', en: 'Manifest manifest.json' },
	data_bom_heading: { zh: '用 Excel 或 WPS 打开 CSV', en: 'Opening a CSV in Excel or WPS' },
	data_license_heading: { zh: '许可', en: 'Licence' },
	data_cite_heading: { zh: '如何引用', en: 'How to cite' },
	data_fields_heading: { zh: '字段说明', en: 'Columns' },
	data_fields_count: { zh: '个字段', en: 'columns' },
	data_field_name: { zh: '字段', en: 'Column' },
	data_field_type: { zh: '类型', en: 'Type' },
	data_field_description: { zh: '说明', en: 'Description' },
	data_primary_key: { zh: '主键', en: 'Primary key' },
	data_sources_heading: { zh: '来源报告', en: 'Source reports' },
	data_sources_caption: {
		zh: '整理数据所依据的报告文件及其 SHA-256 值',
		en: 'The report files the data is taken from, with their SHA-256'
	},
	data_source_report: { zh: '报告', en: 'Report' },
	data_source_region: { zh: '地区', en: 'Region' },
	data_source_years: { zh: '年度', en: 'Year' },
	data_source_file: { zh: '文件', en: 'File' }
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, lang: Lang): string {
	return messages[key][lang];
}
