import { subdomain } from './helpers.ts';

/** 客户服务 Customer service. */
export const customerService = subdomain(
  'customer-service',
  ['客户服务', 'Customer service'],
  [
    '面向客户的咨询、投诉、退换货与满意度管理：服务受理、处理、知识、渠道、分析与主动服务。',
    'Customer-facing enquiries, complaints, returns and satisfaction: intake, resolution, knowledge, channels, analytics and proactive service.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'customer-service.L1.01',
      text: [
        '应建立客户服务管理制度，明确咨询、投诉、退换货等服务请求的受理渠道、处理流程、责任部门和响应时限。',
        'The enterprise shall have customer-service rules defining intake channels, handling flow, responsible departments and response times for enquiries, complaints and returns.',
      ],
      guidance: [
        '客户投诉应与质量部门的纠正措施衔接。评审时抽查一起投诉从受理到答复客户的记录和用时。',
        'Complaints connect with quality’s corrective-action process. Reviewers sample one complaint from intake to customer reply and check the time taken.',
      ],
      evidence: [
        ['客户服务管理制度', 'Customer-service rules'],
        ['客户投诉处理记录样例', 'Sample complaint handling record'],
      ],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'customer-service.L1.02',
      text: [
        '应定期开展客户满意度调查，分析不满意原因并制定改进措施。',
        'The enterprise shall survey customer satisfaction regularly, analyse causes of dissatisfaction and plan improvements.',
      ],
      guidance: [
        '评审时查看调查方法、样本覆盖、分析报告以及改进措施的落实情况。',
        'Reviewers look at the survey method, sample coverage, the analysis and whether improvements were carried out.',
      ],
      evidence: [
        ['客户满意度调查报告', 'Customer satisfaction survey report'],
        ['改进措施跟踪记录', 'Improvement tracking records'],
      ],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'customer-service.L2.01',
      text: [
        '应通过客户服务系统（如 CRM 服务模块、呼叫中心或工单系统）统一受理和记录服务请求，跟踪处理过程并统计响应及时率。',
        'The enterprise shall receive and log service requests in one customer-service system (e.g. CRM service module, call centre or ticketing), track their handling and measure response timeliness.',
      ],
      guidance: [
        '各渠道的请求都应生成服务工单，避免遗漏。评审时查看服务工单的分类、处理状态和及时率报表。',
        'Every channel creates a ticket so nothing is lost. Reviewers look at ticket categories, status and timeliness reports.',
      ],
      evidence: [
        ['服务工单系统截图', 'Service ticket system screenshots'],
        ['服务响应及时率报表', 'Response timeliness report'],
      ],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'customer-service.L2.02',
      text: [
        '应建立客户服务知识库（常见问题、产品资料、解决方案），供服务人员查询并定期更新。',
        'The enterprise shall keep a customer-service knowledge base (FAQs, product documentation, solutions) that staff consult and that is updated regularly.',
      ],
      guidance: [
        '评审时查看知识库条目数量、更新记录和服务人员的使用情况。',
        'Reviewers look at the number of entries, update history and how staff use it.',
      ],
      evidence: [['服务知识库截图及更新记录', 'Knowledge-base screenshots and update log']],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'customer-service.L3.01',
      text: [
        '应实现客户服务系统与质量、生产、销售系统集成，客户投诉可自动关联产品批次与生产记录，触发质量分析和纠正措施，处理结果反馈给客户。',
        'The enterprise shall integrate customer service with quality, production and sales systems so that a complaint links automatically to product lot and production records, triggers quality analysis and corrective action, and the outcome is fed back to the customer.',
      ],
      guidance: [
        '服务人员能直接查到客户所购产品的批次、配置和制造记录。评审时跟踪一起投诉在各系统之间的流转。',
        'Service staff can see the lot, configuration and manufacturing records of what the customer bought. Reviewers follow one complaint across the systems.',
      ],
      evidence: [
        [
          '投诉—质量—追溯系统流转截图',
          'Screenshots of a complaint flowing into quality and traceability',
        ],
        ['投诉触发纠正措施的记录', 'Corrective actions triggered by complaints'],
      ],
      lc: ['service', 'production'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    {
      id: 'customer-service.L3.02',
      text: [
        '应提供网站、移动应用、小程序、热线等多渠道在线服务入口，各渠道数据统一汇聚，客户可自助提交请求并查询处理进度。',
        'The enterprise shall offer online service through several channels (web, mobile app, mini-program, hotline) that converge in one system, letting customers submit requests and check progress themselves.',
      ],
      guidance: [
        '评审时查看各渠道入口、自助服务比例和客户可见的进度信息。',
        'Reviewers look at the channel entry points, the self-service share and the progress information customers can see.',
      ],
      evidence: [
        ['多渠道服务入口截图', 'Screenshots of the service channels'],
        ['自助服务使用统计', 'Self-service usage statistics'],
      ],
      lc: ['service'],
      sl: ['enterprise', 'collaboration'],
      it: ['interconnection'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'customer-service.L4.01',
      text: [
        '应对服务记录、投诉文本和客户反馈进行数据挖掘（如文本分析、情感分析），识别问题热点和潜在需求，驱动产品与服务改进。',
        'The enterprise shall mine service records, complaint texts and customer feedback (e.g. text and sentiment analysis) to find problem hot spots and latent needs that drive product and service improvement.',
      ],
      guidance: [
        '评审时查看分析报告、识别出的主要问题及其转化为改进项目的记录。',
        'Reviewers look at the analyses, the main issues identified and the improvement projects they led to.',
      ],
      evidence: [
        ['客户反馈数据分析报告', 'Customer feedback analytics report'],
        ['由分析驱动的改进项目清单', 'Improvement projects driven by the analysis'],
      ],
      lc: ['service', 'design'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    {
      id: 'customer-service.L4.02',
      text: [
        '应应用智能客服（如对话机器人、知识智能推荐），并基于客户数据预测服务需求，主动向客户推送保养提醒、风险提示或解决方案。',
        'The enterprise shall use intelligent customer service (chatbots, knowledge recommendation) and predict service needs from customer data, proactively pushing maintenance reminders, risk notices or solutions to customers.',
      ],
      guidance: [
        '评审时查看智能客服的问题解决率、转人工率，以及主动服务的触发规则与客户反馈。',
        'Reviewers look at the bot’s resolution and hand-over rates and at the triggers and customer response for proactive service.',
      ],
      evidence: [
        [
          '智能客服运行数据（解决率、转人工率）',
          'Intelligent service metrics (resolution, hand-over rates)',
        ],
        ['主动服务推送记录', 'Proactive service notifications'],
      ],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['fusion_sharing', 'new_business'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'customer-service.L5.01',
      text: [
        '应基于客户全生命周期数据提供个性化、主动式服务，服务策略依据客户反馈和效果数据自动迭代优化。',
        'The enterprise shall provide personalised, proactive service from whole-life customer data, with service strategies iterating automatically on customer feedback and outcome data.',
      ],
      guidance: [
        '评审人员关注个性化服务的实现方式、服务策略自动优化的机制和客户满意度、复购率等结果。',
        'Reviewers look at how personalisation works, how strategies optimise themselves and outcomes such as satisfaction and repeat purchase.',
      ],
      evidence: [
        [
          '个性化服务策略与自动优化机制说明',
          'Personalised service strategy and self-optimisation mechanism',
        ],
        ['客户满意度/复购率趋势', 'Satisfaction and repeat-purchase trends'],
      ],
      lc: ['service', 'sales'],
      sl: ['enterprise', 'collaboration'],
      it: ['new_business', 'fusion_sharing'],
    },
    {
      id: 'customer-service.L5.02',
      text: [
        '应与经销商、服务商等合作伙伴共建服务生态，共享服务资源、客户需求和服务数据，协同为客户提供一体化服务。',
        'The enterprise shall build a service ecosystem with dealers, service providers and other partners, sharing service resources, customer needs and service data to deliver integrated service together.',
      ],
      guidance: [
        '评审时查看服务生态平台、合作伙伴数量、协同服务流程和数据共享范围。',
        'Reviewers look at the ecosystem platform, the number of partners, joint service processes and the scope of shared data.',
      ],
      evidence: [
        [
          '服务生态平台截图及合作伙伴清单',
          'Service ecosystem platform screenshots and partner list',
        ],
        ['协同服务案例', 'Joint service cases'],
      ],
      lc: ['service'],
      sl: ['collaboration'],
      it: ['new_business', 'interconnection'],
    },
  ],
);
