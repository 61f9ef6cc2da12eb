import type { NodeInput } from '../types.ts';

/**
 * 人员 Personnel: 组织战略 and 人员技能. Requirement texts are zhiping's own wording,
 * written from the public level meanings of GB/T 39116-2020; they are not the standard's text.
 */
export const personnel: NodeInput = {
  id: 'personnel',
  name: { zh: '人员', en: 'Personnel' },
  description: {
    zh: '企业推进智能制造的组织保障与人员能力：战略规划、组织与机制，以及员工的知识技能。',
    en: 'The organizational backing and people capability for smart manufacturing: strategy, organization and mechanisms, and the skills of the workforce.',
  },
  weight: 0.12,
  children: [
    {
      id: 'd-strategy',
      name: { zh: '组织战略', en: 'Organizational strategy' },
      weight: 0.5,
      children: [
        {
          id: 'strategy',
          name: { zh: '组织战略', en: 'Organizational strategy' },
          description: {
            zh: '智能制造的战略规划、组织架构、职责分工、投入保障与绩效评价。',
            en: 'Strategic planning for smart manufacturing, organization and responsibilities, funding, and performance evaluation.',
          },
          weight: 1,
          requirements: [
            {
              id: 'strategy.L1.01',
              level: 1,
              text: {
                zh: '应在企业发展战略或中长期规划中明确提出推进智能制造的方向和目标。',
                en: 'The enterprise shall state the direction and goals of smart manufacturing in its development strategy or medium- to long-term plan.',
              },
              guidance: {
                zh: '评审关注规划文件中是否有智能制造（数字化、网络化、智能化）相关章节，且由管理层审定。可从现状诊断出发，写明三年内希望解决的主要问题和方向。',
                en: 'Reviewers look for a section on smart manufacturing (digitalization, networking, intelligence) in a plan approved by management. Start from a current-state diagnosis and write down the main problems and direction for the next three years.',
              },
              evidenceHints: [
                {
                  zh: '经批准的企业发展战略或中长期规划文件',
                  en: 'Approved corporate strategy or medium- to long-term plan',
                },
                {
                  zh: '审议该规划的管理层会议纪要',
                  en: 'Minutes of the management meeting that reviewed the plan',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'strategy.L1.02',
              level: 1,
              text: {
                zh: '应指定智能制造推进的牵头负责人，并明确相关部门在推进工作中的职责。',
                en: 'The enterprise shall appoint a lead person for smart manufacturing and define the responsibilities of the departments involved.',
              },
              guidance: {
                zh: '至少要有一位管理层成员牵头，并以文件形式明确信息化、设备、生产等部门各自承担的任务。评审会核对任命文件与实际工作是否一致。',
                en: 'At least one member of management should lead, and the tasks of IT, equipment, production and other departments should be written down. Reviewers check that the appointment matches what actually happens.',
              },
              evidenceHints: [
                {
                  zh: '负责人任命文件或组织分工文件',
                  en: 'Appointment letter or document assigning responsibilities',
                },
                { zh: '部门职责说明书', en: 'Departmental responsibility descriptions' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'strategy.L1.03',
              level: 1,
              text: {
                zh: '应对企业智能制造现状和差距进行识别，并据此确定优先实施的重点任务。',
                en: 'The enterprise shall identify its current smart-manufacturing state and gaps, and set priority tasks from them.',
              },
              guidance: {
                zh: '可通过自评估或咨询诊断，梳理设计、生产、物流、销售、服务各环节的信息化和自动化现状，列出差距和优先级。评审关注是否形成书面的诊断结论和任务清单。',
                en: 'Use a self-assessment or a consultant diagnosis to map IT and automation across design, production, logistics, sales and service, then list gaps and priorities. Reviewers look for written findings and a task list.',
              },
              evidenceHints: [
                {
                  zh: '现状诊断或自评估报告',
                  en: 'Current-state diagnosis or self-assessment report',
                },
                { zh: '重点任务清单及优先级', en: 'Priority task list' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'strategy.L2.01',
              level: 2,
              text: {
                zh: '应制定智能制造专项规划，设定可量化的目标，分解为年度实施计划并落实资金预算。',
                en: 'The enterprise shall have a dedicated smart-manufacturing plan with measurable targets, broken down into annual implementation plans with an approved budget.',
              },
              guidance: {
                zh: '专项规划应包括目标指标（如设备联网率、关键工序数控化率、生产效率提升）、项目清单、时间表和投资估算。评审会核对年度计划和预算是否与规划对应。',
                en: 'The plan should set target indicators (e.g. share of networked equipment, share of CNC-controlled key processes, productivity gains), a project list, a schedule and an investment estimate. Reviewers check that annual plans and budgets follow it.',
              },
              evidenceHints: [
                { zh: '智能制造专项规划', en: 'Smart-manufacturing plan' },
                {
                  zh: '年度实施计划和预算批复文件',
                  en: 'Annual implementation plan and budget approval',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'strategy.L2.02',
              level: 2,
              text: {
                zh: '应设立智能制造推进的归口管理部门或专职岗位，明确业务部门、信息化部门和自动化部门的协作方式。',
                en: 'The enterprise shall set up a department or dedicated role in charge of smart manufacturing, with defined ways of working between business, IT and automation teams.',
              },
              guidance: {
                zh: '可以是智能制造办公室、数字化部或信息中心的专职岗位。关键是职责写入组织文件，需求提出、方案评审、上线验收各环节有明确分工。',
                en: 'This can be a smart-manufacturing office, a digital department or dedicated roles in the IT centre. What matters is that responsibilities are written into organizational documents, with clear roles for raising requirements, reviewing solutions and accepting go-lives.',
              },
              evidenceHints: [
                { zh: '组织架构图及部门设置文件', en: 'Organization chart and department charter' },
                {
                  zh: '项目需求、评审、验收的管理制度',
                  en: 'Procedure for requirements, reviews and acceptance of projects',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'strategy.L2.03',
              level: 2,
              text: {
                zh: '应对智能制造项目实施过程进行管理，定期跟踪进度、质量和成本，并对规划执行情况进行考核。',
                en: 'The enterprise shall manage smart-manufacturing projects, track schedule, quality and cost regularly, and evaluate how the plan is being carried out.',
              },
              guidance: {
                zh: '项目应有立项、里程碑评审和验收记录，规划执行情况纳入部门绩效考核。评审会抽查一两个已完成项目的完整过程文件。',
                en: 'Projects should have a charter, milestone reviews and acceptance records, and plan execution should feed into departmental performance reviews. Reviewers sample the full file of one or two completed projects.',
              },
              evidenceHints: [
                {
                  zh: '项目立项书、里程碑评审和验收报告',
                  en: 'Project charters, milestone reviews and acceptance reports',
                },
                {
                  zh: '含智能制造指标的部门绩效考核表',
                  en: 'Departmental scorecards containing smart-manufacturing targets',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'strategy.L3.01',
              level: 3,
              text: {
                zh: '应建立业务、信息化与自动化部门的跨部门协同推进机制，新建系统按统一的企业架构评审，确保系统集成和数据共享。',
                en: 'The enterprise shall run a cross-department mechanism between business, IT and automation teams, and review new systems against a single enterprise architecture so that they integrate and share data.',
              },
              guidance: {
                zh: '例如设立数字化委员会或架构评审组，新项目立项时审查与现有ERP、MES、PLM等的接口和数据标准。评审关注是否有评审记录以及是否仍在新建信息孤岛。',
                en: 'For example a digital steering committee or architecture board that checks, at project approval, interfaces and data standards against ERP, MES, PLM and other existing systems. Reviewers look for review records and whether new information silos are still being created.',
              },
              evidenceHints: [
                {
                  zh: '企业架构蓝图（业务、应用、数据、技术架构）',
                  en: 'Enterprise architecture blueprint (business, application, data, technology)',
                },
                { zh: '架构评审会议记录', en: 'Architecture review records' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['system_integration'] },
            },
            {
              id: 'strategy.L3.02',
              level: 3,
              text: {
                zh: '应对核心业务流程进行端到端梳理和优化，并将流程固化在信息系统中，流程变更与系统调整同步进行。',
                en: 'The enterprise shall map and improve its core business processes end to end, embed them in its information systems, and change processes and systems together.',
              },
              guidance: {
                zh: '如从订单到交付、从设计到量产等主流程要有流程文件，系统中的审批流、状态流与之一致。评审会对照流程文件在系统中走查一个实际业务。',
                en: 'Main processes such as order-to-delivery and design-to-production should be documented, and the approval and status flows in the systems should match. Reviewers walk one real case through the system against the process document.',
              },
              evidenceHints: [
                {
                  zh: '端到端流程文件（流程图、职责、表单）',
                  en: 'End-to-end process documents (flowcharts, roles, forms)',
                },
                {
                  zh: '系统中对应流程的配置或运行截图',
                  en: 'Screenshots of the corresponding workflow in the systems',
                },
              ],
              tags: {
                lifecycle: ['design', 'production', 'logistics', 'sales', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'strategy.L3.03',
              level: 3,
              text: {
                zh: '应定期评估智能制造投入产出和关键绩效指标，并依据评估结果调整规划和项目安排。',
                en: 'The enterprise shall regularly evaluate the return on smart-manufacturing investment and key performance indicators, and adjust the plan and projects accordingly.',
              },
              guidance: {
                zh: '每年至少一次对比项目上线前后的效率、质量、成本、交期等指标，并形成评估报告。评审关注评估是否真正影响了后续规划。',
                en: 'At least once a year compare efficiency, quality, cost and lead-time indicators before and after go-live, and write an evaluation report. Reviewers check whether the evaluation actually changed later plans.',
              },
              evidenceHints: [
                {
                  zh: '年度智能制造成效评估报告',
                  en: 'Annual smart-manufacturing benefit evaluation report',
                },
                { zh: '规划滚动修订记录', en: 'Records of plan revisions' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'strategy.L4.01',
              level: 4,
              text: {
                zh: '应基于实时汇聚的经营和生产数据监测战略目标与运营指标的达成情况，并通过数据分析支撑管理决策。',
                en: 'The enterprise shall monitor strategic goals and operating indicators from continuously collected business and production data, and use data analysis to support management decisions.',
              },
              guidance: {
                zh: '如建设经营驾驶舱，指标由系统自动计算而非手工填报，并能下钻到车间、产线。评审关注管理层例会是否以这些数据和分析结论作决策依据。',
                en: 'For example a management cockpit whose indicators are computed by the systems, not typed in, and that drills down to workshops and lines. Reviewers check that management meetings actually decide on this data and analysis.',
              },
              evidenceHints: [
                {
                  zh: '经营驾驶舱或指标看板截图及指标口径说明',
                  en: 'Cockpit or dashboard screenshots with indicator definitions',
                },
                {
                  zh: '引用数据分析结论的经营会议纪要',
                  en: 'Management meeting minutes that cite the analyses',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'strategy.L4.02',
              level: 4,
              text: {
                zh: '应建立数据驱动的持续改进机制，量化评价智能制造成效并与行业标杆对比，对改进和创新给予激励。',
                en: 'The enterprise shall run a data-driven continuous-improvement mechanism, quantify smart-manufacturing results and benchmark them against industry leaders, and reward improvement and innovation.',
              },
              guidance: {
                zh: '改进课题应来自数据分析发现的问题，效果用数据验证；定期参照成熟度评估或标杆企业找差距。评审会查看改进项目台账和激励记录。',
                en: 'Improvement topics should come from problems found in the data and be verified with data; gaps are found periodically against maturity assessments or benchmark companies. Reviewers look at the improvement log and reward records.',
              },
              evidenceHints: [
                {
                  zh: '改进项目台账及效果验证数据',
                  en: 'Improvement project log with verified results',
                },
                { zh: '对标分析报告', en: 'Benchmarking report' },
                { zh: '创新激励制度及兑现记录', en: 'Innovation reward policy and payout records' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'strategy.L5.01',
              level: 5,
              text: {
                zh: '应将数字化、智能化作为核心竞争战略，推动个性化定制、服务化延伸、平台化运营等商业模式创新。',
                en: 'The enterprise shall make digital and intelligent capability a core competitive strategy and drive business-model innovation such as mass customization, service extension and platform operation.',
              },
              guidance: {
                zh: '评审关注新模式是否已形成可计量的收入或客户价值，而不只是设想，例如服务收入占比、定制订单占比。',
                en: 'Reviewers look for new models that already bring measurable revenue or customer value, not just ideas, e.g. share of service revenue or of customized orders.',
              },
              evidenceHints: [
                {
                  zh: '新业务模式的经营数据（收入、客户数）',
                  en: 'Operating figures of the new business models (revenue, customers)',
                },
                {
                  zh: '战略文件中的商业模式创新内容',
                  en: 'Business-model innovation section of the strategy',
                },
              ],
              tags: {
                systemLevel: ['enterprise', 'collaboration'],
                intelligence: ['new_business'],
              },
            },
            {
              id: 'strategy.L5.02',
              level: 5,
              text: {
                zh: '应与产业链上下游及生态伙伴建立战略协同机制，共同规划和推进数字化协作，并对外输出经验、解决方案或标准。',
                en: 'The enterprise shall set up strategic collaboration with partners up and down the industry chain, plan digital cooperation jointly, and share its experience, solutions or standards outside the company.',
              },
              guidance: {
                zh: '如与核心供应商、客户签订数字化协同协议，牵头或参与行业标准，向同行输出解决方案。评审关注协同是否有实际运行的项目和成果。',
                en: 'Examples: digital-collaboration agreements with key suppliers and customers, leading or joining industry standards, providing solutions to peers. Reviewers look for collaboration that runs in real projects with results.',
              },
              evidenceHints: [
                {
                  zh: '产业链协同协议或联合项目文件',
                  en: 'Industry-chain collaboration agreements or joint project files',
                },
                {
                  zh: '主导或参与制定的标准、对外解决方案案例',
                  en: 'Standards led or co-authored, external solution cases',
                },
              ],
              tags: { systemLevel: ['collaboration'], intelligence: ['new_business'] },
            },
            {
              id: 'strategy.L5.03',
              level: 5,
              text: {
                zh: '应能依据内外部数据的变化快速调整组织结构、资源配置和业务流程，形成敏捷的组织运行方式。',
                en: 'The enterprise shall be able to adjust its organization, resource allocation and processes quickly as internal and external data change, working as an agile organization.',
              },
              guidance: {
                zh: '例如按产品线或客户组建跨职能团队，依据市场和运营数据动态调配人员和预算。评审会询问最近一次依据数据调整组织或流程的实例。',
                en: 'For example cross-functional teams by product line or customer, with people and budget reallocated from market and operating data. Reviewers ask for the latest example of an organizational or process change driven by data.',
              },
              evidenceHints: [
                {
                  zh: '组织或流程调整的决策记录及依据数据',
                  en: 'Decision records of organizational or process changes with the data behind them',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['new_business'] },
            },
          ],
        },
      ],
    },
    {
      id: 'd-skills',
      name: { zh: '人员技能', en: 'Personnel skills' },
      weight: 0.5,
      children: [
        {
          id: 'skills',
          name: { zh: '人员技能', en: 'Personnel skills' },
          description: {
            zh: '智能制造所需的人才结构、培训与能力评价、知识沉淀与人才发展。',
            en: 'The talent mix smart manufacturing needs, training and competence assessment, knowledge capture and talent development.',
          },
          weight: 1,
          requirements: [
            {
              id: 'skills.L1.01',
              level: 1,
              text: {
                zh: '应识别推进智能制造所需的关键岗位及其能力要求，如信息化、自动化、设备维护和数据管理岗位。',
                en: 'The enterprise shall identify the key roles smart manufacturing needs and their competence requirements, such as IT, automation, equipment maintenance and data management.',
              },
              guidance: {
                zh: '形成岗位清单和能力要求说明，写明每个岗位需要的知识和技能。评审关注清单是否覆盖规划中的重点任务。',
                en: 'Produce a list of roles with a description of the knowledge and skills each needs. Reviewers check that the list covers the priority tasks of the plan.',
              },
              evidenceHints: [
                { zh: '关键岗位清单和岗位说明书', en: 'List of key roles and job descriptions' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'skills.L1.02',
              level: 1,
              text: {
                zh: '应制定并实施员工培训计划，使相关人员掌握本岗位信息系统和生产设备的操作方法。',
                en: 'The enterprise shall plan and deliver training so that staff can operate the information systems and production equipment of their jobs.',
              },
              guidance: {
                zh: '培训计划应覆盖新系统上线、新设备投用时的操作培训，并保留签到和考核记录。',
                en: 'The plan should cover operator training whenever a new system goes live or new equipment is commissioned, with attendance and test records kept.',
              },
              evidenceHints: [
                { zh: '年度培训计划', en: 'Annual training plan' },
                { zh: '培训签到表和考核记录', en: 'Training attendance sheets and test results' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'skills.L2.01',
              level: 2,
              text: {
                zh: '应配备满足需要的信息化、自动化等专业技术人员，或建立稳定的外部技术支持，保障系统和装备的运行维护。',
                en: 'The enterprise shall have enough IT, automation and other specialist staff, or stable external support, to run and maintain its systems and equipment.',
              },
              guidance: {
                zh: '评审会核对专业人员数量、资质与所运行系统、装备的规模是否匹配；外包服务应有合同和服务水平约定。',
                en: 'Reviewers check that the number and qualifications of specialists fit the systems and equipment in operation; outsourced support needs a contract with service levels.',
              },
              evidenceHints: [
                {
                  zh: '专业技术人员花名册及资质证书',
                  en: 'Roster of specialists and their certificates',
                },
                { zh: '外部运维服务合同', en: 'External support contracts' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'skills.L2.02',
              level: 2,
              text: {
                zh: '应建立岗位能力标准及培训、考核和上岗认证制度，关键岗位人员经考核合格后上岗。',
                en: 'The enterprise shall define competence standards per role, with training, assessment and certification, and only qualified people shall work in key roles.',
              },
              guidance: {
                zh: '关键工序操作、设备维修、系统管理员等岗位要有能力标准和上岗证。评审会现场抽查人员是否持证、证书是否在有效期。',
                en: 'Key process operators, maintenance technicians and system administrators need competence standards and certificates. Reviewers spot-check on site that people hold valid certificates.',
              },
              evidenceHints: [
                {
                  zh: '岗位能力标准或技能等级标准',
                  en: 'Role competence or skill-grade standards',
                },
                { zh: '上岗证及考核记录', en: 'Work certificates and assessment records' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['unit', 'enterprise'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'skills.L3.01',
              level: 3,
              text: {
                zh: '应拥有既懂业务又懂信息技术的复合型人才，能够主导跨部门、跨系统的集成项目。',
                en: 'The enterprise shall have people who understand both the business and information technology and can lead cross-department, cross-system integration projects.',
              },
              guidance: {
                zh: '例如关键用户、业务架构师或数字化项目经理，具备流程梳理、系统需求和接口方案能力。评审关注近年集成项目是否由内部人员主导。',
                en: 'For example key users, business architects or digital project managers able to map processes and write system and interface requirements. Reviewers check whether recent integration projects were led internally.',
              },
              evidenceHints: [
                {
                  zh: '复合型人才名单及其主导的项目',
                  en: 'List of such staff and the projects they led',
                },
                {
                  zh: '集成项目方案中的内部人员分工',
                  en: 'Internal roles in integration project plans',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['system_integration'] },
            },
            {
              id: 'skills.L3.02',
              level: 3,
              text: {
                zh: '应建立知识管理机制，将工艺经验、故障处理、质量问题等知识沉淀到可检索、可共享的知识库中。',
                en: 'The enterprise shall manage knowledge by capturing process know-how, fault handling and quality cases in a searchable, shared knowledge base.',
              },
              guidance: {
                zh: '知识库应有分类、更新责任和使用记录，如故障案例库、工艺知识库。评审会现场检索一个典型问题，看能否找到处理方法。',
                en: 'The knowledge base should have categories, owners for updates and usage records, e.g. a fault case library or process knowledge base. Reviewers search for a typical problem on site and see whether the solution can be found.',
              },
              evidenceHints: [
                {
                  zh: '知识库系统截图及条目数量',
                  en: 'Knowledge base screenshots and number of entries',
                },
                { zh: '知识库使用和更新记录', en: 'Usage and update records' },
              ],
              tags: {
                lifecycle: ['design', 'production', 'service'],
                systemLevel: ['enterprise'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'skills.L3.03',
              level: 3,
              text: {
                zh: '应通过信息系统管理员工技能档案、培训和认证，技能信息与岗位配置、绩效管理相关联。',
                en: 'The enterprise shall manage employee skill records, training and certification in an information system, linked to staffing and performance management.',
              },
              guidance: {
                zh: '如在人力资源系统或在线学习平台中维护技能矩阵，排班或派工时可按技能筛选人员。评审会查看系统中的技能矩阵和培训记录。',
                en: 'For example a skill matrix in the HR system or e-learning platform, used to pick qualified people when scheduling shifts or dispatching work. Reviewers look at the skill matrix and training records in the system.',
              },
              evidenceHints: [
                {
                  zh: '技能矩阵或人员技能档案系统截图',
                  en: 'Screenshots of the skill matrix or skill records',
                },
                {
                  zh: '在线学习平台的课程和学习记录',
                  en: 'E-learning courses and completion records',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['enterprise'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'skills.L4.01',
              level: 4,
              text: {
                zh: '应具备数据分析和建模能力的专业人才，能够针对业务问题建立、验证和维护分析模型。',
                en: 'The enterprise shall have data analysis and modelling specialists who can build, validate and maintain analytical models for business problems.',
              },
              guidance: {
                zh: '如数据分析师、算法工程师或工艺数据专家，已完成质量预测、设备故障预测、能耗优化等模型并在业务中使用。评审会请其讲解一个模型的思路和效果。',
                en: 'For example data analysts, algorithm engineers or process data experts who have delivered models in use, such as quality prediction, equipment failure prediction or energy optimization. Reviewers ask them to explain one model and its effect.',
              },
              evidenceHints: [
                { zh: '数据分析团队名单及能力说明', en: 'Data team roster and skills' },
                { zh: '已上线模型清单及效果报告', en: 'List of deployed models and their results' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'skills.L4.02',
              level: 4,
              text: {
                zh: '应基于人员技能、绩效和业务需求数据分析人才缺口，优化人员配置和培训安排。',
                en: 'The enterprise shall analyse skill, performance and workload data to find talent gaps and optimize staffing and training.',
              },
              guidance: {
                zh: '例如建立人才画像，预测未来技能需求，按缺口自动推荐培训；评审关注分析结论是否已用于招聘、调岗或培训决策。',
                en: 'For example talent profiles, forecasts of future skill needs and training recommended from the gaps; reviewers check that the analysis was used in hiring, transfer or training decisions.',
              },
              evidenceHints: [
                {
                  zh: '人才盘点或技能缺口分析报告',
                  en: 'Talent review or skill-gap analysis report',
                },
                {
                  zh: '据此调整的培训或招聘计划',
                  en: 'Training or hiring plans adjusted accordingly',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'skills.L5.01',
              level: 5,
              text: {
                zh: '应形成人才培养、引进和激励的创新机制，一线员工和技术人员能够主动发起并实施模型、流程和工艺的持续优化。',
                en: 'The enterprise shall have mechanisms for developing, attracting and rewarding talent so that frontline and technical staff initiate and carry out continuous optimization of models, processes and methods.',
              },
              guidance: {
                zh: '评审关注员工提出并落地的优化项目数量、低代码或自助分析工具的普及程度，以及相应的激励兑现。',
                en: 'Reviewers look at the number of optimization projects raised and implemented by employees, the spread of low-code or self-service analytics tools, and the rewards paid.',
              },
              evidenceHints: [
                {
                  zh: '员工创新项目台账及成果',
                  en: 'Log of employee innovation projects and results',
                },
                {
                  zh: '自助分析或低代码平台的使用统计',
                  en: 'Usage statistics of self-service analytics or low-code platforms',
                },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['new_business'] },
            },
            {
              id: 'skills.L5.02',
              level: 5,
              text: {
                zh: '应与高校、科研院所、供应商和客户联合培养人才，并向产业链伙伴输出知识和技能。',
                en: 'The enterprise shall develop talent jointly with universities, research institutes, suppliers and customers, and pass knowledge and skills on to partners in the industry chain.',
              },
              guidance: {
                zh: '如共建实训基地、产业学院，为供应商提供数字化培训。评审会查看合作协议和培训实施记录。',
                en: 'Examples: joint training centres or industry colleges, digital training for suppliers. Reviewers look at cooperation agreements and delivery records.',
              },
              evidenceHints: [
                {
                  zh: '校企或产业链联合培养协议',
                  en: 'Joint training agreements with schools or chain partners',
                },
                { zh: '对外培训实施记录', en: 'Records of training delivered to partners' },
              ],
              tags: { systemLevel: ['collaboration'], intelligence: ['new_business'] },
            },
          ],
        },
      ],
    },
  ],
};
