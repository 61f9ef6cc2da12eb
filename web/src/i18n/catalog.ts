import { assessments } from './messages/assessments.ts';
import { auth } from './messages/auth.ts';
import { common } from './messages/common.ts';
import { dashboard } from './messages/dashboard.ts';
import { forms } from './messages/forms.ts';
import { questionnaire } from './messages/questionnaire.ts';
import { compare } from './messages/compare.ts';
import { report } from './messages/report.ts';
import { review } from './messages/review.ts';
import { admin } from './messages/admin.ts';
import { rectification } from './messages/rectification.ts';
import { quickScan } from './messages/quick-scan.ts';
import { accountSecurity } from './messages/account-security.ts';

/**
 * Every feature's messages. Add a feature's catalog here (one line in each list); keys are
 * namespaced by feature ('auth.…', 'questionnaire.…') so they never collide.
 */
const catalogs = [
  common,
  forms,
  auth,
  dashboard,
  assessments,
  questionnaire,
  report,
  compare,
  review,
  admin,
  rectification,
  quickScan,
  accountSecurity,
] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type ZhOf<T> = T extends { zh: infer Z } ? Z : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export type Messages = UnionToIntersection<ZhOf<Union<typeof catalogs>>>;
export type MessageKey = Extract<keyof Messages, string>;

const merge = (pick: (c: Union<typeof catalogs>) => Record<string, string>) =>
  Object.assign({}, ...catalogs.map(pick)) as Record<MessageKey, string>;

export const zhCN = merge((c) => c.zh);
export const en = merge((c) => c.en);
