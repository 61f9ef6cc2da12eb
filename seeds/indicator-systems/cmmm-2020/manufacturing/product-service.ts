import { subdomain } from './helpers.ts';

/** 产品服务 Product service (after-sales and services built on the product). */
export const productService = subdomain(
  'product-service',
  ['产品服务', 'Product service'],
  [
    '围绕已交付产品的服务：安装调试、维修与备件、产品档案、远程监控与运维、预测性服务和服务型制造。',
    'Services around delivered products: installation and commissioning, repair and spare parts, product records, remote monitoring and maintenance, predictive services and servitised business models.',
  ],
  [
    // ── L1 ──────────────────────────────────────────────────────
    {
      id: 'product-service.L1.01',
      text: [
        '应建立产品售后服务管理制度，明确安装调试、维修、备件供应和技术支持的服务标准与流程。',
        'The enterprise shall have after-sales service rules setting service standards and processes for installation, commissioning, repair, spare-part supply and technical support.',
      ],
      guidance: [
        '服务标准应包括响应时限和服务质量要求。评审时查看制度文件和一单维修服务记录。',
        'Standards include response times and quality requirements. Reviewers look at the rules and one repair service record.',
      ],
      evidence: [
        ['售后服务管理制度', 'After-sales service rules'],
        ['产品维修服务记录样例', 'Sample repair service record'],
      ],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    {
      id: 'product-service.L1.02',
      text: [
        '应收集并统计已交付产品的故障、维修和退货信息，定期分析并反馈给设计和生产部门。',
        'The enterprise shall collect and compile failure, repair and return data on delivered products, analyse them regularly and feed the results back to design and production.',
      ],
      guidance: [
        '评审时查看产品故障统计报告和反馈给设计、生产的改进单。',
        'Reviewers look at field-failure reports and improvement requests sent to design and production.',
      ],
      evidence: [
        ['产品故障/返修统计报告', 'Field failure and repair statistics'],
        ['向设计/生产反馈的改进单', 'Improvement requests sent to design and production'],
      ],
      lc: ['service', 'design'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L2 ──────────────────────────────────────────────────────
    {
      id: 'product-service.L2.01',
      text: [
        '应通过信息系统管理产品服务业务，包括服务工单派工、服务人员调度、服务过程记录和客户确认。',
        'The enterprise shall manage product services in an information system, including work-order dispatch, scheduling of field staff, service records and customer sign-off.',
      ],
      guidance: [
        '现场服务人员可通过移动端接单、记录和上传照片。评审时查看服务工单全流程和首次修复率等指标。',
        'Field staff take jobs, record work and upload photos on mobile devices. Reviewers look at the work-order flow and indicators such as first-time fix rate.',
      ],
      evidence: [
        ['服务工单与派工系统截图', 'Service work-order and dispatch screenshots'],
        ['首次修复率等服务指标', 'Service indicators such as first-time fix rate'],
      ],
      lc: ['service'],
      sl: ['enterprise'],
      it: ['resource', 'interconnection'],
    },
    {
      id: 'product-service.L2.02',
      text: [
        '应在系统中管理服务备件的需求、库存、发放和旧件返还，并按产品序列号记录更换情况。',
        'The enterprise shall manage service spare parts — demand, stock, issue and return of replaced parts — in a system, recording replacements by product serial number.',
      ],
      guidance: [
        '评审时查看备件库存与发放记录、旧件返还率，以及按序列号查询的更换记录。',
        'Reviewers look at spare-part stock and issue records, the return rate of replaced parts and replacement history by serial number.',
      ],
      evidence: [
        ['服务备件管理系统截图', 'Service spare-parts system screenshots'],
        ['按序列号的备件更换记录', 'Part replacement history by serial number'],
      ],
      lc: ['service', 'logistics'],
      sl: ['enterprise'],
      it: ['resource'],
    },
    // ── L3 ──────────────────────────────────────────────────────
    {
      id: 'product-service.L3.01',
      text: [
        '应使联网产品的运行状态数据上传至企业服务平台，实现产品远程监控、远程诊断和远程升级。',
        'The enterprise shall have connected products upload operating data to its service platform, enabling remote monitoring, remote diagnosis and remote updates.',
      ],
      guidance: [
        '评审时查看接入平台的产品数量、监控参数和一次远程诊断或升级记录。产品本身不具备联网或数据采集条件（如材料、一般零部件）时可判为不适用。',
        'Reviewers look at the number of products connected, parameters monitored and one remote diagnosis or update. It may be marked not applicable where products cannot be connected or instrumented (e.g. materials, simple parts).',
      ],
      evidence: [
        [
          '产品远程监控平台截图及接入数量',
          'Remote monitoring platform screenshots and connected-product count',
        ],
        ['远程诊断/升级记录', 'Remote diagnosis or update records'],
      ],
      lc: ['service'],
      sl: ['equipment', 'enterprise'],
      it: ['interconnection'],
      na: true,
    },
    {
      id: 'product-service.L3.02',
      text: [
        '应按产品序列号或批次建立产品全生命周期档案，关联设计配置、制造记录、销售交付和服务历史，服务时可一键调阅。',
        'The enterprise shall keep a whole-life product record per serial number or lot that links design configuration, manufacturing records, sales delivery and service history, retrievable in one step during service.',
      ],
      guidance: [
        '档案数据应来自 PLM、MES、ERP 和服务系统的集成，而非人工整理。评审时给定一个序列号，查看能否调出完整档案。',
        'The record draws on integrated PLM, MES, ERP and service data rather than manual compilation. Reviewers give a serial number and check that the full record comes up.',
      ],
      evidence: [
        ['按序列号调阅产品档案的截图', 'Screenshot of a product record retrieved by serial number'],
        ['档案数据来源系统清单', 'List of source systems for the record'],
      ],
      lc: ['service', 'production'],
      sl: ['enterprise'],
      it: ['system_integration'],
    },
    // ── L4 ──────────────────────────────────────────────────────
    {
      id: 'product-service.L4.01',
      text: [
        '应基于产品运行数据建立故障预测与健康评估模型，为客户提供预测性维护、寿命预测和运行优化建议等增值服务。',
        'The enterprise shall build failure prediction and health models on product operating data and offer customers value-added services such as predictive maintenance, life prediction and operating advice.',
      ],
      guidance: [
        '评审时查看模型覆盖的产品、预测准确率、预测性服务的客户数量和收益。产品不产生运行数据时可判为不适用。',
        'Reviewers look at products covered, prediction accuracy, number of customers served predictively and revenue. It may be marked not applicable where products yield no operating data.',
      ],
      evidence: [
        ['产品故障预测模型说明及验证', 'Product failure prediction model and validation'],
        ['预测性服务合同或服务报告', 'Predictive service contracts or reports'],
      ],
      lc: ['service'],
      sl: ['equipment', 'enterprise'],
      it: ['fusion_sharing'],
      na: true,
    },
    {
      id: 'product-service.L4.02',
      text: [
        '应基于产品使用和服务数据分析优化服务资源配置，包括备件需求预测、服务网点布局和服务人员调度。',
        'The enterprise shall analyse product usage and service data to optimise service resources, including spare-part demand forecasting, service network layout and field-staff scheduling.',
      ],
      guidance: [
        '评审时查看备件预测准确率、服务响应时间和服务成本的变化。',
        'Reviewers look at spare-part forecast accuracy and the trend of response time and service cost.',
      ],
      evidence: [
        ['服务资源优化分析报告', 'Service resource optimisation analysis'],
        [
          '备件预测准确率与服务响应时间统计',
          'Spare-part forecast accuracy and response time statistics',
        ],
      ],
      lc: ['service', 'logistics'],
      sl: ['enterprise'],
      it: ['fusion_sharing'],
    },
    // ── L5 ──────────────────────────────────────────────────────
    {
      id: 'product-service.L5.01',
      text: [
        '应基于产品数据开展服务型制造新模式，如按使用付费、产品租赁、能效托管、全生命周期管理或整体解决方案，服务收入成为重要的收入来源。',
        'The enterprise shall run servitised business models built on product data — pay-per-use, leasing, energy-performance contracting, life-cycle management or total solutions — with service becoming a significant source of revenue.',
      ],
      guidance: [
        '评审时查看新模式的合同样例、计费依据数据和服务收入占比的变化。',
        'Reviewers look at sample contracts, the data used for billing and the trend in service revenue share.',
      ],
      evidence: [
        ['服务型制造合同样例', 'Sample servitised-business contracts'],
        ['服务收入占比统计', 'Service revenue share statistics'],
      ],
      lc: ['service', 'sales'],
      sl: ['collaboration', 'enterprise'],
      it: ['new_business'],
    },
    {
      id: 'product-service.L5.02',
      text: [
        '应构建产品数字孪生与远程运维平台，与客户和合作伙伴共享产品运行数据，使在役产品的运行参数能够依据模型自主优化。',
        'The enterprise shall build a product digital-twin and remote O&M platform, share operating data with customers and partners, and let in-service products optimise their operating parameters autonomously from the models.',
      ],
      guidance: [
        '评审人员关注孪生模型与在役产品的同步、自主优化的范围和客户获得的运行效益。产品不具备联网和远程控制条件时可判为不适用。',
        'Reviewers look at twin–product synchronisation, the scope of autonomous optimisation and the operating benefits customers gain. It may be marked not applicable where products cannot be connected or controlled remotely.',
      ],
      evidence: [
        [
          '产品数字孪生/远程运维平台截图',
          'Product digital-twin or remote O&M platform screenshots',
        ],
        ['在役产品自主优化案例', 'Cases of autonomous optimisation of products in service'],
      ],
      lc: ['service'],
      sl: ['equipment', 'collaboration'],
      it: ['new_business', 'fusion_sharing'],
      na: true,
    },
  ],
);
