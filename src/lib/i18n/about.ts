/** The methodology page (src/routes/about). Markup: **strong**, `code`, [text](link). */
import { withParams } from './translate.ts';

export const about = {
	about_title: { zh: '方法说明 · 绩效对比看板', en: 'Methodology · Yardstick' },
	about_heading: { zh: '方法说明', en: 'How this site works' },
	about_sources_heading: { zh: '数据从哪里来', en: 'Where the data comes from' },
	about_sources: {
		zh: '本站的全部数字来自县级政务服务数据管理局公开的年度绩效自评报告。报告原文（由 PDF 转换的文字，保留转换噪声）逐字节保存，不作任何修改；每份报告的 SHA-256 校验值都公开，任何人都可以核对。',
		en: 'Every figure comes from the annual performance self-evaluation reports published by county government service and data bureaus. The report texts (converted from PDF, conversion noise kept) are stored byte for byte and never edited; each one’s SHA-256 is published, so anyone can check it.'
	},
	about_col_file: { zh: '原文件', en: 'File' },

	about_verify_heading: { zh: '数字如何整理和核实', en: 'How figures are curated and verified' },
	about_sources_many: withParams<{ reports: string; counties: string }>(
		(p) =>
			`本站收录 ${p.reports} 份报告，来自 ${p.counties} 个县区，逐一列出会使本页过大：每个县区的页面列出它的报告并链接原文；全部报告的文件名与 SHA-256 在 [reports.csv](data/reports.csv) 中（见“数据下载”页）。`,
		(p) =>
			`The site holds ${p.reports} reports from ${p.counties} counties, too many to list here: each county’s page lists its reports and links their texts, and every report’s file and SHA-256 is in [reports.csv](data/reports.csv) (see the Data page).`
	),
	about_verify_record: withParams<{ metrics: number }>(
		(p) =>
			`工作人员逐句阅读报告，把报告陈述的每个数字记为一条结构化记录：指标（目录中共 ${p.metrics} 个指标）、所指年度、数值、限定词、口径，以及**原文引文**。`,
		(p) =>
			`A person reads each report and records every figure it states: the metric (the catalogue has ${p.metrics}), the year it describes, the value, its qualifier, its basis, and the **exact quote**.`
	),
	about_verify_build: {
		zh: '构建数据时，程序逐条核对：引文必须能在报告原文中找到——只容许换行、空格和全角/半角标点的差异，其他任何改动都算找不到；引文中的数字必须与记录的数值一致（换算单位，如“7324.60万元”即 73,246,000 元），限定词也必须一致。任何一条不符，整个构建失败，上一次的正确数据保持不变。',
		en: 'The build checks each one: the quote must occur in the source text, tolerating only line breaks, spaces and full-/half-width punctuation; the number in the quote must equal the value, unit-aware (“7324.60万元” is 73,246,000 yuan), and the qualifier must match. Any mismatch fails the whole build and the last good data stays published.'
	},
	about_verify_year: {
		zh: '一个数字的“年度”是它描述的年度：2023 年报告中提到的 2022 年预算，记为 2022 年的数字，来源仍是 2023 年报告。两份报告对同一数字的说法必须一致，否则列为审核发现。',
		en: 'A figure’s year is the year it describes; the report it comes from is its provenance. Two reports stating the same figure must agree, or that is an audit finding.'
	},
	about_verify_missing: {
		zh: '报告没有写的数字显示为“未报告”，本站从不推算、补齐或以 0 代替。',
		en: 'A figure a report does not state shows as “not reported”, never estimated or zero.'
	},

	about_terms_heading: { zh: '限定词和口径', en: 'Qualifiers and bases' },
	about_term_ge: {
		zh: '报告写的是“超、突破、以上、余、多、不少于”：实际数至少是这个数。',
		en: 'The report says “more than / over / at least”: the actual figure is at least this.'
	},
	about_term_approx: {
		zh: '报告写的是“约、左右、预计”：近似数。',
		en: 'The report says “about / around / expected”: an approximate figure.'
	},
	about_term_le: {
		zh: '报告写的是“不超过、以内、低于”。',
		en: 'The report says “no more than / within”.'
	},
	about_term_cumulative_name: { zh: '累计', en: 'cumulative (累计)' },
	about_term_cumulative: {
		zh: '多年累计数（“累计办理”“目前…业务办理量”等未写年度的至今总数），不是当年数，不与当年数排名，也不与之计算增减。',
		en: 'A multi-year running total (“累计”, also a volume “to date” with no year), not ranked with annual figures, and no change is computed against them.'
	},
	about_term_point: {
		zh: '某一时刻的存量，如自助机台数、注册用户数、覆盖率，也包括“截至目前已接入”的单位数。每个指标只按一种口径排名。',
		en: 'A level at a moment: kiosks deployed, registered users, coverage rates, units connected “to date”. Each metric is ranked on one basis only.'
	},
	about_term_project_name: { zh: '项目报告', en: 'project reports' },
	about_term_project: {
		zh: '财政支出项目报告只反映一个项目的资金，不是部门总额；本站从不把几个项目的金额相加当作部门预算。',
		en: 'Cover one project’s funds, never the department total; they are never summed into a department budget.'
	},
	about_units: {
		zh: '金额统一换算为元，按中文习惯以“万元”“亿元”显示；比率以百分数显示，部分比率（如支出进度）可以超过 100%。',
		en: 'Money is stored in yuan and shown in 万元 and 亿元 as Chinese readers expect; rates are percentages, and some (such as spending progress) can exceed 100%.'
	},

	about_audit_heading: { zh: '审核规则', en: 'Audit rules' },
	about_audit: withParams<{ tolerance: string; gap: string }>(
		(p) =>
			`程序把每份报告与它自身、与其他报告、与算术相核对，结果列在“审核发现”页。数字按报告写出的精度比较：“371 万元”与“3,710,164 元”一致；“约”允许 ${p.tolerance} 或末位一个单位的误差；报告自己计算的比率和增长率允许截断（6.248% 写作 6.24% 不算矛盾）。自评得分高于上级考核得分超过 ${p.gap} 分时列为警告。[查看审核发现](audit)`,
		(p) =>
			`Each report is checked against itself, the other reports and arithmetic; results are on the Audit page. Figures are compared at the precision written: “371万元” agrees with “3,710,164元”; “about” allows ${p.tolerance} or one unit of the last digit; rates the report computed may be truncated (6.248% written as 6.24% is no contradiction). A self-score more than ${p.gap} points above the external assessment is a warning. [See the findings](audit)`
	),
	about_checks_caption: { zh: '审核规则一览', en: 'Audit checks' },
	about_col_check: { zh: '规则', en: 'Check' },
	about_col_what: { zh: '检查内容', en: 'What it checks' },

	about_limits_heading: { zh: '本站不声称什么', en: 'What this site does not claim' },
	about_limit_self: {
		zh: '自评报告是各县对自己工作的陈述。本站核实的是“报告确实这么写”和“报告前后是否一致”，不核实报告所述是否属实。',
		en: 'Self-evaluations are the counties’ own statements. The site verifies that a report says what is shown and whether it is consistent, not whether it is true.'
	},
	about_limit_external: {
		zh: '“上级考核得分”是报告中引用的分数，本站没有上级考核的原始文件。',
		en: 'External scores are as quoted in the reports; the assessments themselves are not here.'
	},
	about_limit_bases: {
		zh: '各县报告的格式、口径不同；凡是不同口径的数字并列时，页面都会注明。',
		en: 'Reports differ in layout and definitions; where figures of different bases meet, pages say so.'
	},
	about_limit_maps: {
		zh: '本站不使用带行政区划边界的地图（公开发布需审图号），以排名条形图、表格和分市方块代替。',
		en: 'No maps with administrative boundaries (publishing one in China needs an approved base map): ranked bars, tables and tiles by city instead.'
	},
	about_limit_offline: {
		zh: '页面不从任何外部网站加载字体、脚本或数据，也不收集访问统计。',
		en: 'No fonts, scripts or data from other websites; no visitor tracking.'
	},
	about_new_heading: { zh: '新报告如何加入', en: 'Adding a new report' },
	about_new: {
		zh: '新报告用 `npm run extract` 自动起草结构化记录（每个数字附引文），由工作人员逐条核对、改正并标记为“已审核”后，才会进入网站。',
		en: '`npm run extract` drafts a record from a new report, every figure quoted; a person reviews each figure and marks the record reviewed before it is published.'
	}
} as const;
