/** The downloads page (src/routes/data). Markup: **strong**, `code`, [text](link). */
import { withParams } from './translate.ts';

export const data = {
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
	data_sources_many: withParams<{ n: string }>(
		(p) =>
			`共 ${p.n} 个来源文件，逐一列出会使本页过大：每个文件的文件名、SHA-256、所属县区与年度在 [datapackage.json](data/datapackage.json) 的 sources 中。`,
		(p) =>
			`${p.n} source files, too many to list here: each file’s name, SHA-256, county and years are in the sources of [datapackage.json](data/datapackage.json).`
	),
	data_sources_caption: {
		zh: '整理数据所依据的报告文件及其 SHA-256 值',
		en: 'The report files the data is taken from, with their SHA-256'
	},
	data_source_region: { zh: '地区', en: 'Region' },
	data_source_file: { zh: '文件', en: 'File' },
	data_description: {
		zh: '下载看板的全部数据：每张表的 CSV（UTF-8 带 BOM，Excel/WPS 可直接打开）与 Parquet 文件，附字段说明、来源报告与许可。',
		en: 'Download all the data behind the site: each table as CSV (UTF-8 with BOM, opens in Excel/WPS) and Parquet, with column descriptions, source reports and licence.'
	},
	data_lead: {
		zh: '看板上的每个数字都来自下面这些表。每张表提供 CSV 和 Parquet 两种格式，内容与行序完全相同：CSV 适合 Excel、WPS 等表格软件，Parquet 适合数据分析工具（DuckDB、pandas、R）。每个数字都附有报告原文引文，可经 `report_id` 与 `quote` 追溯到源报告中的句子。',
		en: 'Every figure on this site comes from the tables below. Each table is offered as CSV and as Parquet, with the same rows in the same order: CSV for spreadsheets such as Excel and WPS, Parquet for analysis tools (DuckDB, pandas, R). Every figure carries its quote, and traces back through `report_id` and `quote` to the sentence in the source report.'
	},
	data_datapackage_about: {
		zh: '按 Frictionless Data Package 标准描述每个文件：字段名、类型、说明、主键与表间关联，以及每个文件的大小和 SHA-256 值、来源报告和许可。数据工具可据此直接读取并校验数据。',
		en: 'describes every file in the Frictionless Data Package format: column names, types and meanings, keys and links between tables, each file’s size and SHA-256, the source reports and the licence. Data tools can read and validate the files from it.'
	},
	data_manifest_about: {
		zh: '本次构建的全部文件及其行数和 SHA-256 值。',
		en: 'every file of this build with its row count and SHA-256.'
	},
	data_inputs_about: {
		zh: '每个输入文件（源报告、整理记录、指标目录、地区表）的 SHA-256 值。',
		en: 'the SHA-256 of every input (source reports, records, metric catalogue, regions).'
	},
	data_bom: {
		zh: "CSV 文件采用 UTF-8 编码，并在文件开头加了字节顺序标记（BOM，三个字节 EF BB BF）。有了 BOM，Excel 和 WPS 双击打开时能正确识别中文，不会出现乱码。用程序读取时，请选择“UTF-8 with BOM”（Python 中为 `encoding='utf-8-sig'`）；空单元格表示报告未写明（不是 0）。以 = + - @ 开头的文本（负数除外）前加了一个单引号，防止表格软件把它当作公式执行。",
		en: "The CSV files are UTF-8 and start with a byte-order mark (BOM: the three bytes EF BB BF), so Excel and WPS show Chinese text correctly when the file is opened by double-clicking. In code, read them as “UTF-8 with BOM” (`encoding='utf-8-sig'` in Python). An empty cell means the report does not state the value (not zero). Text starting with = + - @ (other than a negative number) has a single quote in front so spreadsheets do not run it as a formula."
	},
	data_license: withParams<{ title: string; name: string }>(
		(p) =>
			`本数据以 [${p.title}（${p.name}）](license) 许可发布：可以自由复制、修改和再发布，包括商业用途，但须注明出处。源报告是各县级政务服务数据管理局公开发布的政府文件，本数据由其整理而来，原文未作改动；报告内容的责任在各发布单位。`,
		(p) =>
			`The data is published under [${p.title} (${p.name})](license): you may copy, adapt and redistribute it, including commercially, with attribution. The source reports are public government documents published by the county bureaus; the data is derived from them without altering them, and their content is the responsibility of the issuing bureaus.`
	),
	data_cite_how: {
		zh: '请注明数据名称、数据版本（datapackage.json 的 SHA-256 前 12 位）、访问日期和本页网址，例如：',
		en: 'Name the data, its version (the first 12 hex digits of the SHA-256 of datapackage.json), the date you accessed it and this page’s address, for example:'
	},
	data_cite: withParams<{ title: string; name: string; version: string; license: string }>(
		(p) =>
			`${p.title}（\`${p.name}\`），数据版本 \`${p.version}\`。${p.license}. 源报告：各县级政务服务数据管理局公开发布的绩效自评报告。访问日期：年-月-日。`,
		(p) =>
			`${p.title} (\`${p.name}\`), version \`${p.version}\`. ${p.license}. Source: performance self-evaluation reports published by the county bureaus. Accessed YYYY-MM-DD.`
	),
	field_type_string: { zh: '文本', en: 'string' },
	field_type_integer: { zh: '整数', en: 'integer' },
	field_type_number: { zh: '数值', en: 'number' },
	field_type_date: { zh: '日期', en: 'date' }
} as const;
