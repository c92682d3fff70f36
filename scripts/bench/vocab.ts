/**
 * Word lists the benchmark corpus is built from.
 *
 * The point is variety, not meaning: Pagefind's index size, Astro's Markdown
 * time and gzip ratios all depend on how many distinct words a site has, so a
 * corpus made of a few repeated sentences would flatter every number. Words
 * here are combined by templates in `corpus.ts`; nothing is a real report.
 */

/** Split a whitespace-separated word list (compact to read, and the formatter leaves it alone). */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Industries a town may be known for. */
export const INDUSTRIES = words(`
  智能制造 绿色低碳 新材料 高端装备 纺织服装 食品加工 电子信息 五金制品 家具制造 陶瓷 竹木加工 光伏组件 锂电池材料 汽车零部件 生物医药 精细化工 特色农产品加工 工业旅游 模具 轴承
  紧固件 小家电 袜业 箱包 制鞋 眼镜 乐器 卫浴 阀门 泵业 电线电缆 塑料制品 包装印刷 玻璃制品 建材 不锈钢制品 铸造 锻造 农机装备 船舶配套 新能源汽车配件 储能设备
  工业机器人 数控机床 传感器 集成电路封装 医疗器械 茶叶加工 中药材加工 预制菜 乳制品 木门 地毯 羽绒制品 丝绸 珍珠 水晶 红木家具 灯具 电动工具 户外用品 宠物用品 体育器材 文具
  玩具 日用陶瓷 石材加工 再生资源利用 节能环保装备 氢能装备 风电配套
`);

/** Things a town works on. */
export const OBJECTS = words(`
  产业链 标准厂房 营商环境 要素保障 人才公寓 产业基金 孵化基地 公共服务平台 检验检测中心 物流园区 电商直播基地 职业技能培训 土地集约利用 能耗指标 污水处理设施 供电能力
  数字化车间 工业互联网平台 品牌建设 质量标准 专利布局 龙头企业 专精特新企业 小微企业园 产城融合 镇村联动 集体经济 闲置厂房 低效用地 招商项目库 重点项目清单 科技特派员
  产学研合作 融资担保 供应链金融 外贸出口 跨境电商 展会平台 区域公共品牌 产业集群 配套企业 创新联合体 共性技术 设备更新 技术改造 安全生产 环境治理 综合交通 公共文化设施
`);

/** What a town does to them. */
export const ACTIONS = words(`
  推进 培育 完善 优化 搭建 提升 整合 盘活 引进 壮大 拓展 强化 规范 建设 升级 改造 对接 延伸 打造 统筹 保障 夯实 深化 探索
`);

/** Who takes part. */
export const ACTORS = words(`
  镇党委 镇政府 县工信局 园区管委会 行业协会 龙头企业 村集体 返乡创业人员 科研院所 高校团队 金融机构 商会 外来投资者 技术工人 电商从业者 合作社 县发改局 市场监管部门
`);

/** Qualities and results. */
export const OUTCOMES = words(`
  集聚效应逐步显现 亩均效益明显提高 配套能力持续增强 就业岗位有所增加 产品附加值提升 品牌影响力扩大 企业融资难题得到缓解 用地矛盾有所缓解 产业结构更加合理 能耗水平稳步下降
  创新能力不断增强 上下游协作更加紧密 外贸订单保持稳定 项目落地速度加快 基层治理更加高效 城乡差距逐步缩小
`);

/** Problems a town names. */
export const PROBLEMS = words(`
  同质化竞争 人才外流 土地指标紧张 融资成本偏高 配套不足 创新投入不够 品牌知名度不高 产业链条偏短 环保压力加大 用工结构性短缺 数字化基础薄弱 公共服务短板 招商渠道单一
`);

/** Policy themes, for policy and research titles. */
export const THEMES = words(`
  县域经济振兴 城乡融合发展 新型城镇化 乡村振兴 新质生产力培育 中小企业发展 制造业数字化转型 绿色低碳转型 特色小镇规范发展 专精特新企业培育 工业用地提质增效
  农村一二三产业融合 营商环境优化 科技成果转化 职业教育与产业协同 镇域公共服务均衡 产业园区高质量发展 小微企业园建设
`);

/** Connectives that make sentences read like prose. */
export const CONNECTIVES = words(`
  同时 此外 与此同时 在此基础上 从实践看 总体而言 具体来说 另一方面
`);

/** Characters used to make town and city names, with the pinyin that makes their URL slug. */
export const NAME_CHARS: readonly (readonly [string, string])[] = words(`
  安:an 白:bai 宝:bao 北:bei 碧:bi 昌:chang 长:chang 城:cheng 川:chuan 春:chun 大:da 丹:dan 德:de 东:dong 丰:feng
  凤:feng 福:fu 高:gao 古:gu 广:guang 桂:gui 海:hai 和:he 河:he 红:hong 华:hua 淮:huai 黄:huang 吉:ji 嘉:jia 江:jiang
  金:jin 锦:jin 景:jing 兰:lan 乐:le 丽:li 连:lian 临:lin 龙:long 隆:long 鹿:lu 马:ma 梅:mei 明:ming 南:nan 宁:ning
  平:ping 浦:pu 青:qing 清:qing 庆:qing 泉:quan 仁:ren 瑞:rui 三:san 沙:sha 山:shan 石:shi 水:shui 顺:shun 松:song
  太:tai 桃:tao 天:tian 通:tong 万:wan 文:wen 西:xi 溪:xi 仙:xian 祥:xiang 新:xin 兴:xing 阳:yang 义:yi 永:yong 玉:yu
  源:yuan 云:yun 泽:ze 中:zhong 竹:zhu 紫:zi
`).map((pair) => {
  const [char = '', pinyin = ''] = pair.split(':');
  return [char, pinyin] as const;
});

/** Everyday words of economic reporting, to widen the vocabulary beyond the domain terms. */
export const GENERAL = words(`
  调研 座谈 走访 规划 方案 试点 示范 经验 做法 机制 制度 体系 路径 模式 格局 基础 短板 优势 潜力 空间 动能 活力 韧性 质量 效益
  规模 结构 布局 速度 水平 能力 成本 效率 投入 产出 收入 税收 订单 市场 需求 供给 渠道 资源 资金 土地 人才 技术 数据 信息 服务
  管理 治理 监管 考核 评估 监测 指标 台账 清单 目录 标准 规范 流程 环节 节点 窗口 平台 载体 园区 片区 街区 社区 村庄 农户 企业
  工厂 车间 班组 岗位 工人 学徒 工匠 设计 研发 检测 认证 包装 仓储 运输 销售 售后 维修 回收 利用 节约 减排 治污 绿化 改造 更新
  修缮 扩建 新建 续建 竣工 投产 达产 签约 落地 开工 验收 申报 审批 备案 公示 立项 招标 采购 合同 协议 合作 联盟 协会 论坛 展会
  洽谈 推介 宣传 培训 讲座 观摩 交流 学习 借鉴 复制 推广 总结 提炼 梳理 研判 谋划 部署 落实 督导 跟踪 回访 反馈 整改 提质 增效
  稳岗 扩容 升级 转型 突破 跨越 融合 协同 联动 共享 共建 共治 开放 创新 创业 创造 务实 精准 高效 便捷 透明 公平 有序 稳定 持续
`);
