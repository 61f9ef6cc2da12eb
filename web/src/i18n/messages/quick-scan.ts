import { defineMessages } from '../define.ts';

/** The quick scan (自诊断快评): its flow, its indicative result, and its admin editor. */
export const quickScan = defineMessages({
  zh: {
    'quickScan.admin.title': '自诊断快评题目',
    'quickScan.admin.lead':
      '每个能力子域一道题，五个选项依次对应规划级至引领级的能力描述；“以上都还没有”由系统自动提供。题目随版本发布后不再改变。',
    'quickScan.admin.coverage': '已有 {items} 道题，共 {subdomains} 个能力子域。',
    'quickScan.admin.addMissing': '为缺少题目的 {count} 个能力子域补充题目',
    'quickScan.admin.removeAll': '删除全部快评题目',
    'quickScan.admin.subdomain': '能力子域',
    'quickScan.admin.noItem': '该能力子域尚无快评题目',
    'quickScan.admin.question': '题目',
    'quickScan.admin.option': '选项 {level}（{name}）',
    'quickScan.admin.noneHint': '第六个选项“以上都还没有”对应未达一级，无需填写。',
  },
  en: {
    'quickScan.admin.title': 'Quick-scan items',
    'quickScan.admin.lead':
      'One question per sub-domain; its five options describe the capability at Planning through Leading, in that order. "None of these yet" is added by the product. Items are frozen with the version when it is published.',
    'quickScan.admin.coverage': '{items} items for {subdomains} sub-domains.',
    'quickScan.admin.addMissing': 'Add items for the {count} sub-domains without one',
    'quickScan.admin.removeAll': 'Remove all quick-scan items',
    'quickScan.admin.subdomain': 'Sub-domain',
    'quickScan.admin.noItem': 'No quick-scan item for this sub-domain yet',
    'quickScan.admin.question': 'Question',
    'quickScan.admin.option': 'Option {level} ({name})',
    'quickScan.admin.noneHint':
      'The sixth option, "none of these yet", stands for below level 1 and needs no text.',
  },
});
