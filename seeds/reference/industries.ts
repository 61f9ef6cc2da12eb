import type { IndustryCatalog } from '@zhiping/shared';

/**
 * GB/T 4754-2017 国民经济行业分类, 门类 C 制造业: every 大类 (13–43) and the 中类 of 37 that
 * pick different industry profiles. `profile` maps each code to one of the 14 industry
 * profiles of domain.md §1 [D]; a 中类 not listed takes its 大类's profile.
 */
export const industryCatalog: IndustryCatalog = {
  standard: 'GB/T 4754-2017',
  section: 'C',
  version: 'GB/T 4754-2017 (2019 修改单); profile mapping zhiping 2026-12',
  entries: [
    {
      code: '13',
      name: { zh: '农副食品加工业', en: 'Agricultural and sideline food processing' },
      profile: 'light_industry',
    },
    { code: '14', name: { zh: '食品制造业', en: 'Food manufacturing' }, profile: 'light_industry' },
    {
      code: '15',
      name: { zh: '酒、饮料和精制茶制造业', en: 'Liquor, beverages and refined tea' },
      profile: 'light_industry',
    },
    { code: '16', name: { zh: '烟草制品业', en: 'Tobacco products' }, profile: 'light_industry' },
    { code: '17', name: { zh: '纺织业', en: 'Textiles' }, profile: 'textile' },
    {
      code: '18',
      name: { zh: '纺织服装、服饰业', en: 'Textile garments and apparel' },
      profile: 'textile',
    },
    {
      code: '19',
      name: {
        zh: '皮革、毛皮、羽毛及其制品和制鞋业',
        en: 'Leather, fur, feather products and footwear',
      },
      profile: 'light_industry',
    },
    {
      code: '20',
      name: {
        zh: '木材加工和木、竹、藤、棕、草制品业',
        en: 'Wood, bamboo, rattan, palm and straw products',
      },
      profile: 'light_industry',
    },
    { code: '21', name: { zh: '家具制造业', en: 'Furniture' }, profile: 'light_industry' },
    {
      code: '22',
      name: { zh: '造纸和纸制品业', en: 'Paper and paper products' },
      profile: 'light_industry',
    },
    {
      code: '23',
      name: { zh: '印刷和记录媒介复制业', en: 'Printing and reproduction of recording media' },
      profile: 'light_industry',
    },
    {
      code: '24',
      name: {
        zh: '文教、工美、体育和娱乐用品制造业',
        en: 'Stationery, arts and crafts, sports and entertainment goods',
      },
      profile: 'light_industry',
    },
    {
      code: '25',
      name: { zh: '石油、煤炭及其他燃料加工业', en: 'Petroleum, coal and other fuel processing' },
      profile: 'petrochemical',
    },
    {
      code: '26',
      name: { zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and chemical products' },
      profile: 'chemical',
    },
    { code: '27', name: { zh: '医药制造业', en: 'Pharmaceuticals' }, profile: 'chemical' },
    { code: '28', name: { zh: '化学纤维制造业', en: 'Chemical fibres' }, profile: 'textile' },
    {
      code: '29',
      name: { zh: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
      profile: 'light_industry',
    },
    {
      code: '30',
      name: { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
      profile: 'building_materials',
    },
    {
      code: '31',
      name: { zh: '黑色金属冶炼和压延加工业', en: 'Ferrous metal smelting and rolling' },
      profile: 'steel',
    },
    {
      code: '32',
      name: { zh: '有色金属冶炼和压延加工业', en: 'Non-ferrous metal smelting and rolling' },
      profile: 'nonferrous',
    },
    { code: '33', name: { zh: '金属制品业', en: 'Metal products' }, profile: 'other' },
    {
      code: '34',
      name: { zh: '通用设备制造业', en: 'General-purpose machinery' },
      profile: 'other',
    },
    {
      code: '35',
      name: { zh: '专用设备制造业', en: 'Special-purpose machinery' },
      profile: 'other',
    },
    { code: '36', name: { zh: '汽车制造业', en: 'Automobiles' }, profile: 'automotive' },
    {
      code: '37',
      name: {
        zh: '铁路、船舶、航空航天和其他运输设备制造业',
        en: 'Railway, ships, aerospace and other transport equipment',
      },
      profile: 'other',
    },
    {
      code: '371',
      name: { zh: '铁路运输设备制造', en: 'Railway transport equipment' },
      profile: 'rail_transit',
    },
    {
      code: '372',
      name: { zh: '城市轨道交通设备制造', en: 'Urban rail transit equipment' },
      profile: 'rail_transit',
    },
    {
      code: '373',
      name: { zh: '船舶及相关装置制造', en: 'Ships and related equipment' },
      profile: 'shipbuilding',
    },
    {
      code: '374',
      name: { zh: '航空、航天器及设备制造', en: 'Aircraft, spacecraft and equipment' },
      profile: 'aerospace',
    },
    { code: '375', name: { zh: '摩托车制造', en: 'Motorcycles' }, profile: 'other' },
    {
      code: '376',
      name: { zh: '自行车和残疾人座车制造', en: 'Bicycles and invalid carriages' },
      profile: 'light_industry',
    },
    { code: '377', name: { zh: '助动车制造', en: 'Mopeds' }, profile: 'other' },
    {
      code: '378',
      name: { zh: '非公路休闲车及零配件制造', en: 'Off-road recreational vehicles and parts' },
      profile: 'other',
    },
    {
      code: '379',
      name: {
        zh: '潜水救捞及其他未列明运输设备制造',
        en: 'Diving, salvage and other transport equipment n.e.c.',
      },
      profile: 'other',
    },
    {
      code: '38',
      name: { zh: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
      profile: 'power_equipment',
    },
    {
      code: '39',
      name: {
        zh: '计算机、通信和其他电子设备制造业',
        en: 'Computers, communication and other electronic equipment',
      },
      profile: 'electronics',
    },
    {
      code: '40',
      name: { zh: '仪器仪表制造业', en: 'Instruments and meters' },
      profile: 'electronics',
    },
    { code: '41', name: { zh: '其他制造业', en: 'Other manufacturing' }, profile: 'other' },
    {
      code: '42',
      name: { zh: '废弃资源综合利用业', en: 'Comprehensive use of waste resources' },
      profile: 'other',
    },
    {
      code: '43',
      name: {
        zh: '金属制品、机械和设备修理业',
        en: 'Repair of metal products, machinery and equipment',
      },
      profile: 'other',
    },
  ],
};
