import type { NodeInput } from '../types.ts';

/**
 * 资源 Resource: 装备 and 网络. Requirement texts are zhiping's own wording,
 * written from the public level meanings of GB/T 39116-2020; they are not the standard's text.
 * 装备 here is the automation and digital capability of the equipment itself; its upkeep
 * (maintenance planning, repair) belongs to the manufacturing sub-domain 设备管理.
 */
export const resource: NodeInput = {
  id: 'resource',
  name: { zh: '资源', en: 'Resource' },
  description: {
    zh: '智能制造的物质基础：生产装备的自动化、数字化和智能化水平，以及工业网络基础设施。',
    en: 'The physical basis of smart manufacturing: how automated, digital and intelligent the production equipment is, and the industrial network infrastructure.',
  },
  weight: 0.15,
  children: [
    {
      id: 'd-equipment',
      name: { zh: '装备', en: 'Equipment' },
      weight: 0.6,
      children: [
        {
          id: 'equipment',
          name: { zh: '装备', en: 'Equipment' },
          description: {
            zh: '生产、检测、物流装备的自动化、数字化、联网和智能化能力。',
            en: 'Automation, digitalization, connectivity and intelligence of production, inspection and logistics equipment.',
          },
          weight: 1,
          requirements: [
            {
              id: 'equipment.L1.01',
              level: 1,
              text: {
                zh: '应梳理生产装备的自动化和数字化现状，制定关键工序装备的改造或选型规划。',
                en: 'The enterprise shall survey how automated and digital its production equipment is and plan upgrades or new equipment for key processes.',
              },
              guidance: {
                zh: '按工序列出装备类型、控制方式（手动、半自动、数控）和是否有数据接口，确定优先改造的关键工序。',
                en: 'List equipment by process with its control mode (manual, semi-automatic, CNC/PLC) and whether it has a data interface, then choose the key processes to upgrade first.',
              },
              evidenceHints: [
                {
                  zh: '装备现状清单（类型、控制方式、接口）',
                  en: 'Equipment survey (type, control mode, interface)',
                },
                { zh: '装备改造或购置规划', en: 'Equipment upgrade or purchase plan' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'workshop'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'equipment.L1.02',
              level: 1,
              text: {
                zh: '应对关键工序装备的技术参数和能力进行记录，在新购装备时提出自动化和数据接口方面的要求。',
                en: 'The enterprise shall record the technical parameters and capability of key-process equipment, and specify automation and data-interface requirements when buying new equipment.',
              },
              guidance: {
                zh: '评审会查看近期装备采购的技术协议中是否包含通信接口、数据开放等条款。',
                en: 'Reviewers check whether recent equipment purchase specifications include communication interfaces and data access.',
              },
              evidenceHints: [
                { zh: '关键装备技术参数档案', en: 'Technical files of key equipment' },
                {
                  zh: '新购装备技术协议',
                  en: 'Technical specifications of recent equipment purchases',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'equipment.L2.01',
              level: 2,
              text: {
                zh: '关键工序应采用数控设备、工业机器人或由PLC/DCS控制的自动化装备。',
                en: 'Key processes shall use CNC machines, industrial robots or automated equipment controlled by PLC or DCS.',
              },
              guidance: {
                zh: '评审会统计关键工序的数控化或自动化比例，并现场查看装备运行状态。可从瓶颈工序和质量关键工序开始改造。',
                en: 'Reviewers count the share of key processes that are CNC-controlled or automated and look at the equipment running on site. Start upgrades with bottleneck and quality-critical processes.',
              },
              evidenceHints: [
                {
                  zh: '关键工序数控化或自动化率统计',
                  en: 'Share of key processes that are CNC-controlled or automated',
                },
                { zh: '自动化装备清单及现场照片', en: 'List and photos of automated equipment' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'unit'],
                intelligence: ['resource'],
              },
            },
            {
              id: 'equipment.L2.02',
              level: 2,
              text: {
                zh: '关键装备应具备通信接口，能够采集运行状态、工艺参数等数据。',
                en: 'Key equipment shall have communication interfaces through which its status and process parameters can be read.',
              },
              guidance: {
                zh: '接口可为以太网、现场总线或OPC UA、Modbus等协议；老旧设备可加装采集模块或传感器。评审会现场确认数据能被读出。',
                en: 'Interfaces may be Ethernet, fieldbus or protocols such as OPC UA or Modbus; older machines can be retrofitted with data modules or sensors. Reviewers confirm on site that data can be read.',
              },
              evidenceHints: [
                { zh: '关键装备接口及协议清单', en: 'Interfaces and protocols of key equipment' },
                { zh: '数据读取测试截图', en: 'Screenshot of a data read-out test' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'equipment.L3.01',
              level: 3,
              text: {
                zh: '关键装备应与MES、SCADA等系统互联，实现运行状态和工艺参数的自动采集，以及程序、配方或指令的远程下达。',
                en: 'Key equipment shall be connected to MES, SCADA or similar systems, with status and process parameters collected automatically and programs, recipes or instructions sent down remotely.',
              },
              guidance: {
                zh: '评审会统计关键装备联网率，并在系统中查看实时数据和下发记录。',
                en: 'Reviewers calculate the share of key equipment that is networked and look at live data and download records in the system.',
              },
              evidenceHints: [
                { zh: '装备联网率统计', en: 'Equipment networking rate' },
                {
                  zh: '系统中的装备实时监控和程序下发记录',
                  en: 'Live equipment monitoring and program download records',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'workshop'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'equipment.L3.02',
              level: 3,
              text: {
                zh: '应建设自动化生产线或柔性制造单元，生产装备与物流装备（如AGV、输送线、自动立体库）协同运行。',
                en: 'The enterprise shall operate automated lines or flexible manufacturing cells in which production and logistics equipment (AGVs, conveyors, automated storage) work together.',
              },
              guidance: {
                zh: '评审关注物料在工序间是否自动流转、装备间是否通过控制系统联动，而非各自孤立运行。',
                en: 'Reviewers look at whether material moves between operations automatically and equipment is interlocked through the control system rather than running in isolation.',
              },
              evidenceHints: [
                {
                  zh: '产线或单元布局图及控制架构',
                  en: 'Line or cell layout and control architecture',
                },
                { zh: '产线运行视频或现场照片', en: 'Video or photos of the line in operation' },
              ],
              tags: {
                lifecycle: ['production', 'logistics'],
                systemLevel: ['unit', 'workshop'],
                intelligence: ['system_integration'],
              },
            },
            {
              id: 'equipment.L3.03',
              level: 3,
              text: {
                zh: '关键装备应具备状态感知能力，能够在线监测振动、温度、电流等运行状态并支持远程诊断。',
                en: 'Key equipment shall sense its own condition, monitoring vibration, temperature, current and similar online, and support remote diagnosis.',
              },
              guidance: {
                zh: '可通过装备自带传感或加装监测装置实现，并由设备厂商或内部人员远程查看诊断。评审会查看监测数据和一次远程诊断记录。',
                en: 'This can come from built-in sensors or add-on monitoring, viewed remotely by the equipment maker or internal staff. Reviewers look at the monitoring data and one remote diagnosis record.',
              },
              evidenceHints: [
                { zh: '装备状态监测界面截图', en: 'Screenshot of equipment condition monitoring' },
                { zh: '远程诊断记录', en: 'Remote diagnosis record' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'equipment.L4.01',
              level: 4,
              text: {
                zh: '应建立关键装备或产线的数字化模型（如数字孪生、仿真模型），用于运行状态预测、工艺参数优化或产线调试。',
                en: 'The enterprise shall build digital models of key equipment or lines (e.g. digital twins, simulation models) to predict their behaviour, optimize process parameters or commission lines.',
              },
              guidance: {
                zh: '模型应与实时数据同步并能给出可执行的建议，例如预测刀具寿命、优化节拍。评审会查看模型输出如何被采纳。',
                en: 'The model should be fed with live data and give actionable advice, e.g. predicting tool life or optimizing cycle time. Reviewers look at how its output is used.',
              },
              evidenceHints: [
                { zh: '数字孪生或仿真模型界面', en: 'Digital twin or simulation model screens' },
                {
                  zh: '基于模型优化的案例及效果',
                  en: 'Optimization cases based on the model and their results',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'unit'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'equipment.L4.02',
              level: 4,
              text: {
                zh: '关键装备应能根据在线检测或感知数据自动调整运行参数，实现自适应控制。',
                en: 'Key equipment shall adjust its operating parameters automatically from in-line measurement or sensing data, i.e. adaptive control.',
              },
              guidance: {
                zh: '例如加工中依据测量结果自动补偿刀具、焊接依据熔池检测调整电流、窑炉依据工况自动调节。评审会查看自适应功能的投用率。',
                en: 'Examples: tool compensation from in-process measurement, welding current adjusted from weld-pool sensing, kilns adjusting to operating conditions. Reviewers check how often the adaptive function is in use.',
              },
              evidenceHints: [
                {
                  zh: '自适应控制功能说明及投用记录',
                  en: 'Description and usage records of the adaptive control',
                },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'unit'],
                intelligence: ['fusion_sharing'],
              },
            },
            {
              id: 'equipment.L5.01',
              level: 5,
              text: {
                zh: '关键装备应具备自学习和自决策能力，能够基于积累的数据持续优化自身运行策略。',
                en: 'Key equipment shall learn and decide on its own, improving its operating strategy continuously from accumulated data.',
              },
              guidance: {
                zh: '例如基于机器学习的视觉检测随新样本自动迭代，加工装备根据历史数据自主选择最优参数。评审关注优化是否持续发生且效果可量化。',
                en: 'For example machine-learning visual inspection that retrains on new samples, or machining equipment that picks optimal parameters from history. Reviewers check that optimization keeps happening and is measurable.',
              },
              evidenceHints: [
                { zh: '装备模型迭代记录', en: 'Model iteration records of the equipment' },
                { zh: '性能提升的量化数据', en: 'Quantified performance improvement' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'unit'],
                intelligence: ['new_business'],
              },
            },
            {
              id: 'equipment.L5.02',
              level: 5,
              text: {
                zh: '应与装备供应商共享装备运行数据，协同开展远程运维和装备改进，支撑装备的持续迭代。',
                en: 'The enterprise shall share equipment operating data with equipment suppliers to run remote maintenance jointly and feed equipment improvement.',
              },
              guidance: {
                zh: '需约定数据共享范围和安全措施。评审会查看与装备厂商的协同记录及由此产生的改进。',
                en: 'Data scope and security measures need to be agreed. Reviewers look at joint records with the equipment makers and the improvements that came of it.',
              },
              evidenceHints: [
                {
                  zh: '与装备供应商的数据共享协议',
                  en: 'Data-sharing agreement with equipment suppliers',
                },
                { zh: '协同运维或改进记录', en: 'Joint maintenance or improvement records' },
              ],
              tags: {
                lifecycle: ['production', 'service'],
                systemLevel: ['equipment', 'collaboration'],
                intelligence: ['new_business'],
              },
            },
          ],
        },
      ],
    },
    {
      id: 'd-network',
      name: { zh: '网络', en: 'Network' },
      weight: 0.4,
      children: [
        {
          id: 'network',
          name: { zh: '网络', en: 'Network' },
          description: {
            zh: '覆盖办公与生产现场的网络基础设施、互联互通、网络管理和新型网络技术应用。',
            en: 'Network infrastructure across offices and the shop floor, interconnection, network management and new network technologies.',
          },
          weight: 1,
          requirements: [
            {
              id: 'network.L1.01',
              level: 1,
              text: {
                zh: '应制定企业网络建设规划，覆盖办公区域和生产区域的网络需求。',
                en: 'The enterprise shall plan its network, covering the needs of office and production areas.',
              },
              guidance: {
                zh: '规划应考虑生产区域的覆盖、带宽、可靠性和与办公网的隔离要求。',
                en: 'The plan should address shop-floor coverage, bandwidth, reliability and separation from the office network.',
              },
              evidenceHints: [{ zh: '网络建设规划或方案', en: 'Network plan or design' }],
              tags: { systemLevel: ['workshop', 'enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'network.L1.02',
              level: 1,
              text: {
                zh: '应建成覆盖办公区域和主要生产管理场所的基础网络，支撑信息系统的使用。',
                en: 'The enterprise shall have a basic network covering offices and the main production management areas, enough to run its information systems.',
              },
              guidance: {
                zh: '车间办公室、仓库收发点等需要使用系统的位置应能稳定联网。',
                en: 'Workshop offices, warehouse receiving points and other places where systems are used should have a stable connection.',
              },
              evidenceHints: [
                { zh: '网络覆盖范围说明或拓扑图', en: 'Coverage description or topology diagram' },
              ],
              tags: { systemLevel: ['enterprise'], intelligence: ['interconnection'] },
            },
            {
              id: 'network.L2.01',
              level: 2,
              text: {
                zh: '应建成覆盖主要生产区域的工业网络（如工业以太网、现场总线、工业无线），实现关键装备的联网。',
                en: 'The enterprise shall have an industrial network (industrial Ethernet, fieldbus, industrial wireless) covering the main production areas, with key equipment connected.',
              },
              guidance: {
                zh: '评审会现场查看车间网络布线和接入设备，核对关键装备联网情况。',
                en: 'Reviewers look at workshop cabling and access devices and check which key equipment is connected.',
              },
              evidenceHints: [
                { zh: '生产网络拓扑图', en: 'Production network topology' },
                { zh: '联网装备清单', en: 'List of connected equipment' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'workshop'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'network.L2.02',
              level: 2,
              text: {
                zh: '应对网络进行规范管理，维护网络拓扑、IP地址规划和网络设备台账，网络变更有记录。',
                en: 'The enterprise shall manage its network formally, keeping the topology, IP address plan and device register up to date and recording changes.',
              },
              guidance: {
                zh: '评审会核对拓扑图与现场是否一致，抽查网络设备配置备份和变更记录。',
                en: 'Reviewers check the topology against reality and sample configuration backups and change records of network devices.',
              },
              evidenceHints: [
                {
                  zh: 'IP地址规划表和网络设备台账',
                  en: 'IP address plan and network device register',
                },
                { zh: '网络变更记录', en: 'Network change records' },
              ],
              tags: { systemLevel: ['workshop', 'enterprise'], intelligence: ['resource'] },
            },
            {
              id: 'network.L3.01',
              level: 3,
              text: {
                zh: '应在安全分区的前提下实现生产网络与管理网络互联，支撑设备、车间与企业层之间的数据贯通。',
                en: 'The enterprise shall connect production and management networks within security zones, so that data flows between equipment, workshop and enterprise levels.',
              },
              guidance: {
                zh: '按层级划分区域，区域间通过受控的通道交换数据。评审会查看分区设计和跨区数据流向。',
                en: 'Zones follow the levels and exchange data through controlled conduits. Reviewers look at the zoning design and cross-zone data flows.',
              },
              evidenceHints: [
                { zh: '网络分区和互联设计', en: 'Zoning and interconnection design' },
                { zh: '跨区数据流清单', en: 'List of cross-zone data flows' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['equipment', 'workshop', 'enterprise'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'network.L3.02',
              level: 3,
              text: {
                zh: '应建立网络监控管理手段，对关键网络设备和链路的运行状态实时监测，关键链路和核心设备具备冗余。',
                en: 'The enterprise shall monitor its key network devices and links in real time, with redundancy for key links and core devices.',
              },
              guidance: {
                zh: '使用网管系统监测带宽、时延、丢包和设备故障并告警。评审会查看网管界面和近期故障处理记录。',
                en: 'A network management system monitors bandwidth, latency, packet loss and device faults and raises alerts. Reviewers look at the monitor and recent incident records.',
              },
              evidenceHints: [
                { zh: '网管系统截图', en: 'Network management screenshots' },
                { zh: '冗余设计说明和故障处理记录', en: 'Redundancy design and incident records' },
              ],
              tags: { systemLevel: ['workshop', 'enterprise'], intelligence: ['interconnection'] },
            },
            {
              id: 'network.L3.03',
              level: 3,
              text: {
                zh: '应根据业务对实时性和可靠性的要求划分网络服务等级，保障控制类数据的传输质量。',
                en: 'The enterprise shall define network service classes according to the real-time and reliability needs of each use, and guarantee transmission quality for control traffic.',
              },
              guidance: {
                zh: '如对运动控制、安全联锁数据采用专用网络或优先级配置，视频等大流量业务不影响控制数据。',
                en: 'For example dedicated networks or priority settings for motion control and safety interlocks, so that video and other bulk traffic cannot disturb control data.',
              },
              evidenceHints: [
                { zh: '网络服务等级或QoS配置说明', en: 'Service classes or QoS configuration' },
              ],
              tags: {
                lifecycle: ['production'],
                systemLevel: ['unit', 'workshop'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'network.L4.01',
              level: 4,
              text: {
                zh: '应在适用场景应用5G、时间敏感网络、工业无线等新型网络技术，并能按业务需要灵活配置网络资源。',
                en: 'The enterprise shall use new network technologies such as 5G, time-sensitive networking or industrial wireless where they fit, and allocate network resources flexibly to business needs.',
              },
              guidance: {
                zh: '典型场景如移动机器人、AGV调度、远程控制、机器视觉。可采用软件定义网络实现按需配置。评审会查看应用场景和运行指标。',
                en: 'Typical uses are mobile robots, AGV dispatch, remote control and machine vision; software-defined networking allows configuration on demand. Reviewers look at the use cases and their operating metrics.',
              },
              evidenceHints: [
                { zh: '新型网络应用场景清单', en: 'List of use cases on new network technologies' },
                {
                  zh: '时延、可靠性等运行指标',
                  en: 'Latency, reliability and other operating metrics',
                },
              ],
              tags: {
                lifecycle: ['production', 'logistics'],
                systemLevel: ['unit', 'workshop'],
                intelligence: ['interconnection'],
              },
            },
            {
              id: 'network.L4.02',
              level: 4,
              text: {
                zh: '应基于网络运行数据分析性能趋势，预测容量瓶颈和故障风险，并提前优化。',
                en: 'The enterprise shall analyse network operating data to see performance trends, predict capacity bottlenecks and fault risks, and act before they occur.',
              },
              guidance: {
                zh: '评审会查看网络容量和故障趋势分析报告，以及依据分析进行的扩容或调整。',
                en: 'Reviewers look at capacity and fault trend analyses and the expansions or changes made from them.',
              },
              evidenceHints: [
                { zh: '网络性能与容量分析报告', en: 'Network performance and capacity analysis' },
              ],
              tags: { systemLevel: ['workshop', 'enterprise'], intelligence: ['fusion_sharing'] },
            },
            {
              id: 'network.L5.01',
              level: 5,
              text: {
                zh: '应建设与产业链协同的网络，如对接工业互联网标识解析体系、采用云网融合，支撑企业间数据互通。',
                en: 'The enterprise shall build networking for industry-chain collaboration, such as joining the industrial internet identifier resolution system and using converged cloud-network services, so that data flows between companies.',
              },
              guidance: {
                zh: '评审关注标识注册和解析量、与伙伴互通的业务场景。',
                en: 'Reviewers look at identifier registrations and resolutions and at the business cases exchanged with partners.',
              },
              evidenceHints: [
                {
                  zh: '标识解析节点接入证明和解析量统计',
                  en: 'Proof of connection to an identifier resolution node and resolution counts',
                },
                {
                  zh: '企业间互联的网络架构',
                  en: 'Network architecture of inter-company connections',
                },
              ],
              tags: {
                lifecycle: ['production', 'logistics', 'service'],
                systemLevel: ['collaboration'],
                intelligence: ['interconnection', 'new_business'],
              },
            },
            {
              id: 'network.L5.02',
              level: 5,
              text: {
                zh: '网络应具备自配置和自优化能力，能够根据业务负载和故障情况自动调整路由和资源。',
                en: 'The network shall configure and optimize itself, adjusting routing and resources automatically to load and faults.',
              },
              guidance: {
                zh: '如基于意图的网络管理、自动故障切换和带宽调度。评审会查看自动调整的日志。',
                en: 'For example intent-based network management, automatic failover and bandwidth scheduling. Reviewers look at logs of automatic adjustments.',
              },
              evidenceHints: [
                { zh: '网络自动调整日志', en: 'Logs of automatic network adjustments' },
              ],
              tags: { systemLevel: ['workshop', 'enterprise'], intelligence: ['new_business'] },
            },
          ],
        },
      ],
    },
  ],
};
