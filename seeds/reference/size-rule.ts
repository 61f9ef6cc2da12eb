import type { SizeRule } from '@zhiping/shared';

/**
 * 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号), 工业: 从业人员 X and 营业收入 Y (万元).
 * A class needs both; an enterprise meeting one condition only falls to the next class down.
 */
export const sizeRule: SizeRule = {
  id: 'nbs-2017-industry',
  version: '国统字〔2017〕213号',
  title: '统计上大中小微型企业划分办法（2017）· 工业',
  sector: 'industry',
  classes: [
    { size: 'large', minStaff: 1000, minRevenueWan: 40000 },
    { size: 'medium', minStaff: 300, minRevenueWan: 2000 },
    { size: 'small', minStaff: 20, minRevenueWan: 300 },
  ],
  fallback: 'micro',
};
