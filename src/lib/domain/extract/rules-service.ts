/**
 * Rules for government services, 粤智助 kiosks, the 粤系列 platforms, data sharing,
 * cloud and network, the government website and the 12345 hotline.
 */
import type { Rule } from './rule.ts';

const HAOCHAPING = /好差评|差评/;
const SUPERVISION = /监管/;
const KIOSK = /粤智助|自助机|自助终端/;
/**
 * 进驻率 of the departments in the hall (37 个职能部门, 进驻率 100%; 进驻单位 25 家, 进驻率
 * 100%), not of service items.
 */
export const DEPARTMENTS_IN = /(部门|单位)(\d+(个|家))?[,，]?(的)?进驻率$/;
const HOTLINE = /12345|热线/;
const INTERMEDIARY = /中介/;
const GUIDE = /办事指南/;

export const SERVICE_RULES: Rule[] = [
	{ metric: 'full_online_rate', pre: /全流程网[上]?办(理)?(率|比例)$/ },
	{ metric: 'one_window_rate', pre: /(一窗(综合)?|综合)受理率$/ },
	{ metric: 'single_signon_rate', pre: /单点登[录陆]率$/ },
	{ metric: 'review_coverage', pre: /评价覆盖(度|率)$/, not: /监管/ },
	{ metric: 'review_active_rate', pre: /主动评价率$/ },
	{ metric: 'review_rectification_rate', pre: /整改率$/, ctx: HAOCHAPING },
	{ metric: 'review_promotion_rate', pre: /推广度$/, ctx: HAOCHAPING },
	{
		metric: 'review_score',
		pre: /(综合|评价|平均)(评分|得分)$/,
		ctx: /好差评/,
		not: /(自评|考核)/
	},
	{ metric: 'review_score', pre: /服务质量$/, ctx: /好差评/ },
	{ metric: 'review_positive_rate', pre: /好评率$/ },
	{ metric: 'review_count', pre: /评价(数量|数|条数|总数|总量)$/, ctx: /好差评/ },
	{ metric: 'supervision_coverage', pre: /监管事项覆盖(率|度)$/ },
	{ metric: 'supervision_items', pre: /监管事项主项(数)?$/ },
	{ metric: 'supervision_claim_rate', pre: /认领率$/, ctx: SUPERVISION },
	{ metric: 'supervision_list_completion_rate', pre: /实施清单完成率$/, ctx: SUPERVISION },
	{ metric: 'supervision_list_completeness', pre: /实施清单完备度$/, ctx: SUPERVISION },
	{ metric: 'supervision_list_items', pre: /监管事项实施清单(数|项数)?$/ },
	{
		metric: 'service_items',
		pre: /(认领|发布)(和|及|并)?(发布|认领)?(政务服务)?事项(数)?$/,
		ctxNot: /一件事|粤省事|粤商通|粤智助|监管/
	},
	{ metric: 'service_items', pre: /发布(了)?(政务服务事项)?实施清单$/ },
	{ metric: 'service_items', pre: /进驻(政务服务)?(大厅|中心)?(的)?(政务服务)?事项(数)?$/ },
	{
		metric: 'service_items',
		pre: /(认领|发布|进驻|梳理|实施)(了)?(的)?(依申请)?政务服务事项(总数)?$/
	},
	{
		metric: 'service_items',
		pre: /^(全市|全县|全区|本级|县级|市级)?(共有|现有|已有)?(依申请)?政务服务事项(总数|总量)?$/
	},
	{ metric: 'one_thing_items', pre: /一件事[^,，;]{0,12}$/ },
	{ metric: 'one_thing_items', pre: /^(已)?(发布|上线|认领|新增)(了)?(事项)?$/, ctx: /一件事/ },
	{ metric: 'one_thing_items', post: /^(项|个)?(新增)?一件事/ },
	{
		metric: 'online_transactions',
		pre: /一网通办(平台)?[^,，;]{0,4}办理(了)?(业务|办件|事项|商事登记)$/
	},
	{ metric: 'online_transactions', pre: /网上办件(量)?$/ },
	{ metric: 'video_service_items', pre: /视频办(服务)?(事项)?$/ },
	{ metric: 'cross_region_tickets', pre: /办结(工单|办件)(量|数)?$/, ctx: /跨域|跨省|通办|视频办/ },
	{ metric: 'cross_province_items', pre: /跨省通办(事项)?$/ },
	{ metric: 'cross_province_items', post: /^(项|个)?(高频)?(政务服务)?(事项)?跨省通办/ },
	{ metric: 'intra_province_items', pre: /(省内|全省)通办(事项)?$/ },
	{ metric: 'intra_province_items', post: /^(项|个)?(高频)?(政务服务)?(事项)?(省内|全省)通办/ },
	{ metric: 'intra_city_items', pre: /(市内|全市)通办(事项)?$/ },
	{ metric: 'intra_city_items', post: /^(项|个)?(高频)?(政务服务)?(事项)?(市内|全市)通办/ },
	{ metric: 'town_delegated_items', post: /^(项|个)?[^,，;]{0,8}事项下沉(到|至)?(镇|村|基层)/ },
	{ metric: 'hall_entry_rate', pre: /进驻率$/, notNear: DEPARTMENTS_IN },
	{ metric: 'policy_window_cases', pre: /政策兑现[^,，;]{0,14}(业务|办件)$/ },
	{ metric: 'policy_window_funds', pre: /政策兑现[^,，;]{0,10}(资金|金额)$/ },
	{ metric: 'intermediary_purchase_amount', pre: /总金额$/, ctx: INTERMEDIARY },
	{ metric: 'intermediary_purchase_amount', pre: /中介[^,，;]{0,20}(金额|资金)$/ },
	{ metric: 'intermediary_purchase_items', pre: /中介[^,，;]{0,12}采购中介服务(项目)?$/ },
	{ metric: 'intermediary_owners', post: /^(个)?(单位|机构)[^,，;]{0,6}(作为)?项目业主进驻/ },
	{ metric: 'intermediary_announcements', pre: /发布(项目)?采购公告$/, ctx: INTERMEDIARY },
	{ metric: 'intermediary_selections', pre: /中介服务事项选取(项目)?$/ },
	{ metric: 'guide_spot_checks', pre: /抽查$/, post: /^(个|项)?事项/, both: true, ctx: GUIDE },
	{
		metric: 'guide_problems_found',
		pre: /发现$/,
		post: /^(个|项|处)?问题/,
		both: true,
		ctx: GUIDE
	},
	{ metric: 'village_service_items', pre: /村级便民服务事项(清单)?$/ },
	{ metric: 'village_certificate_items', post: /^(项)?村级证明事项(纳入|列入)/ },
	{ metric: 'village_certificate_items', pre: /村级证明事项(清单)?$/, not: /办理/ },
	{ metric: 'village_certificates_issued', pre: /办理(了)?村级证明(事项)?$/ },
	{ metric: 'power_list_items', pre: /权责清单(事项)?$/ },
	{
		metric: 'online_business_startups',
		post: /^(家|户|个)?(企业|市场主体)[^,，;]{0,16}(开办登记|企业开办|办理开办)/
	},
	{ metric: 'online_business_startups', pre: /(网上)?(企业开办|开办企业)(数|数量)?$/ },

	{ metric: 'yzz_kiosks', post: /^(台)?粤智助(政府服务)?(自助机|自助终端|一体机)/ },
	{ metric: 'yzz_kiosks', pre: /粤智助[^,，;]{0,10}(自助机|一体机|终端)(投放|布设)?(数量|数)?$/ },
	{
		metric: 'yzz_transactions',
		pre: /(粤智助|自助机)[^,，;]{0,12}(业务(办理)?量|办理(业务)?量|办件量|办理业务|交易量)$/
	},
	{
		metric: 'yzz_transactions',
		pre: /(全年|累计|共)?(办理|受理)(各类)?(业务|办件)(量)?$/,
		ctx: KIOSK,
		units: ['笔', '件', '单']
	},
	{ metric: 'yzz_people_served', pre: /服务(群众|人群|人员)(人数|人次|数量)?$/, ctx: KIOSK },
	{ metric: 'yzz_items', pre: /(每台|自助机|机器|终端)[^,，;]{0,6}(可办|上线)?事项$/, ctx: KIOSK },
	{
		metric: 'yzz_items',
		pre: /上线(高频)?(政务服务|便民服务)?(服务)?事项$/,
		ctx: KIOSK,
		not: /粤省事|粤商通/
	},
	{ metric: 'yss_users', pre: /粤省事[^,，;]{0,10}(实名)?(注册)?用户(数)?$/ },
	{ metric: 'yss_users', pre: /实名(注册)?用户(数)?$/, ctx: /粤省事/ },
	{ metric: 'yss_items', pre: /粤省事[^,，;]{0,10}(上线|可办|办理)?(事项|服务)$/ },
	{
		metric: 'yst_entities',
		pre: /(市场主体|企业法人|企业)[^,，;]{0,4}注册(用户)?(数|数量)?$/,
		ctx: /粤商通/
	},
	{ metric: 'yst_entities', pre: /粤商通[^,，;]{0,8}(注册)?(市场主体|用户)(数)?$/ },
	{ metric: 'yst_items', pre: /粤商通[^,，;]{0,10}(上线|可办|办理)?(事项|服务)$/ },
	{ metric: 'yst_registration_rate', pre: /注册率$/, ctx: /粤商通/ },
	{ metric: 'yzy_accounts', pre: /粤政易[^,，;]{0,4}账号(数)?$/ },
	{ metric: 'yzy_accounts', post: /^(公职人员)?(用户)?[^,，;]{0,4}(接入|开通|使用)粤政易/ },
	{ metric: 'yzy_accounts', pre: /粤政易[^,，;]{0,6}用户(数)?$/ },
	{ metric: 'yzy_units', post: /^(单位|部门)[^,，;]{0,25}(接入|开通|使用)粤政易/ },

	{ metric: 'data_catalogs', pre: /挂接(了)?(政务)?数据目录(数|总数)?$/ },
	{ metric: 'data_catalogs', pre: /一网共享[^,，;]{0,10}挂接$/ },
	{ metric: 'data_catalogs', pre: /(编制|编目|挂接|发布)(了)?(政务)?数据(资源)?目录(共)?$/ },
	{
		metric: 'data_catalogs',
		pre: /挂接(了)?$/,
		post: /^(政务服务|政务|公共)?数据(?![^,，;]{0,8}开放)/,
		both: true
	},
	{ metric: 'data_requests', pre: /数据(资源)?申请(次数)?$/, not: /被申请/ },
	{ metric: 'data_requested', pre: /被申请(次数)?$/ },
	{ metric: 'open_data_items', pre: /开放广东(平台)?[^,，;]{0,4}挂接(数据)?(数)?$/ },
	{
		metric: 'open_data_items',
		pre: /开放广东[^,，;]{0,8}(开放|发布)(了)?(数据集|数据|数据资源)(数)?$/
	},
	{
		metric: 'open_data_items',
		pre: /挂接$/,
		post: /^[^,，;]{0,6}数据[^,，;]{0,4}开放(至|到)?开放广东/,
		both: true
	},
	{ metric: 'e_seals', pre: /(制作|发放|刻制)(了)?电子印章$/ },
	{ metric: 'e_license_calls', pre: /(调用电子证照|电子证照调用)(次数|量)?$/ },
	{ metric: 'e_seal_calls', pre: /(调用电子印章|电子印章调用)(次数|量)?$/ },
	{ metric: 'video_points_shared', pre: /汇聚$/, post: /^视频点位(到|至)市/, both: true },
	{ metric: 'video_points_county', pre: /汇聚视频点位(数)?$/ },

	{ metric: 'cloud_rate', pre: /上云率$/ },
	{ metric: 'cloud_systems', pre: /部署在政务云(上)?的$/ },
	{ metric: 'cloud_systems', pre: /(迁移|部署)上(政务)?云(的)?(政务)?(信息)?(系统)?$/ },
	{ metric: 'cloud_systems', pre: /上云(的)?(政务)?(信息)?系统(数)?$/ },
	{ metric: 'cloud_systems', post: /^(政务)?(信息)?系统(已)?(迁移)?上(政务)?云/ },
	{
		metric: 'cloud_systems',
		post: /^[^,，;]{0,12}(系统|网站)[^,，;]{0,10}(迁移|部署)(至|到|上)[^,，;]{0,4}政务云/
	},
	{ metric: 'extranet_units', post: /^单位(已)?接入(电子)?政务外网/ },
	{ metric: 'extranet_units', pre: /(电子)?政务外网[^,，;]{0,6}接入(的)?(单位|部门)(数)?$/ },
	{ metric: 'extranet_units', pre: /接入(电子)?政务外网的(单位|部门)(数)?$/ },
	{ metric: 'extranet_villages', post: /^村(\(居\)|居|委|\(社区\))?[^,，;]{0,4}(电子)?政务外网/ },
	{ metric: 'security_inspections', pre: /(开展|组织)(了)?网络(和数据)?安全(专项)?检查$/ },

	{
		metric: 'hotline_tickets',
		pre: /12345[^,，;]{0,12}(受理|接听|转办|办理|接收|工单)[^,，;]{0,8}$/
	},
	{ metric: 'hotline_completion_rate', pre: /办结率$/, ctx: HOTLINE },
	{ metric: 'hotline_satisfaction_rate', pre: /满意(率|度)$/, ctx: HOTLINE },
	{ metric: 'web_articles', pre: /网站[^,，;]{0,8}发布(各类|各种|政务|政府)?(信息|稿件|文章)$/ },
	{
		metric: 'web_articles',
		pre: /网站[^,，;]{0,8}发布(有关|关于|涉及)?([^,，;有关于各]{2,10}?)(信息|稿件|文章)$/,
		part: (m) => m[2]! + m[3]!
	},
	{
		metric: 'web_articles',
		pre: /^(全年|共|累计)?发布(各类|各种|政务|政府)?(信息|稿件|文章)$/,
		ctx: /网站/,
		ctxNot: /新媒体|公众号|微博|抖音/
	}
];
