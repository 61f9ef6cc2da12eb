import type { LocalizedText } from '@zhiping/shared/indicator-system/schema';

/**
 * What each audited action did, as a verb phrase in both languages. The log shows a sentence
 * ("demo@… 提交了评估"), not the code; an action not listed here (a newer server) shows its code.
 */
export const AUDIT_ACTIONS: Record<string, LocalizedText> = {
  'answers.saved': { zh: '保存了作答', en: 'saved answers' },
  'assessment.created': { zh: '创建了评估', en: 'created an assessment' },
  'assessment.submitted': { zh: '提交了评估', en: 'submitted an assessment' },
  'assessment.claimed': { zh: '认领了评估', en: 'claimed an assessment for review' },
  'assessment.assigned': { zh: '指派了评估师', en: 'assigned an assessor' },
  'assessment.returned': { zh: '退回评估进行弱项整改', en: 'returned an assessment for 弱项整改' },
  'assessment.resubmitted': { zh: '重新提交了评估', en: 'resubmitted an assessment' },
  'assessment.signed_off': { zh: '签署了评估结论', en: 'signed off an assessment' },
  'assessment.quick_scan_level_applied': {
    zh: '按快评结果批量标注了要求',
    en: 'marked requirements from the quick scan',
  },
  'auth.login': { zh: '登录', en: 'signed in' },
  'auth.login_failed': { zh: '登录失败', en: 'failed to sign in' },
  'auth.logout': { zh: '退出登录', en: 'signed out' },
  'auth.password_changed': { zh: '修改了密码', en: 'changed the password' },
  'auth.password_reset': { zh: '重置了密码', en: 'reset the password' },
  'auth.password_reset_requested': { zh: '申请重置密码', en: 'asked for a password reset' },
  'auth.refresh_reuse_detected': {
    zh: '的登录凭据被重复使用，已撤销该会话',
    en: 'had a refresh token reused; the session was revoked',
  },
  'auth.session_revoked': { zh: '撤销了一个会话', en: 'revoked a session' },
  'auth.sessions_revoked': { zh: '撤销了所有会话', en: 'signed out everywhere' },
  'auth.totp_enabled': { zh: '启用了两步验证', en: 'turned on two-step verification' },
  'auth.totp_disabled': { zh: '关闭了两步验证', en: 'turned off two-step verification' },
  'auth.totp_recovery_codes_replaced': {
    zh: '重新生成了恢复码',
    en: 'replaced the recovery codes',
  },
  'evidence.uploaded': { zh: '上传了佐证材料', en: 'uploaded evidence' },
  'evidence.deleted': { zh: '删除了佐证材料', en: 'deleted evidence' },
  'finding.raised': { zh: '提出了问题', en: 'raised a finding' },
  'finding.responded': { zh: '回复了问题', en: 'responded to a finding' },
  'finding.answered': { zh: '完成了问题整改', en: 'answered a finding' },
  'finding.verified': { zh: '确认了问题整改', en: 'verified a finding' },
  'finding.reopened': { zh: '重新打开了问题', en: 'reopened a finding' },
  'indicator_system.version_copied': { zh: '复制了指标体系版本', en: 'copied a version' },
  'indicator_system.version_imported': { zh: '导入了指标体系版本', en: 'imported a version' },
  'indicator_system.version_published': { zh: '发布了指标体系版本', en: 'published a version' },
  'indicator_system.version_deleted': { zh: '删除了指标体系草稿', en: 'deleted a draft version' },
  'indicator_system.document_replaced': {
    zh: '修改了指标体系草稿',
    en: 'edited a draft version',
  },
  'indicator_system.weights_changed': { zh: '修改了权重', en: 'changed weights' },
  'invitation.created': { zh: '邀请了同事', en: 'invited a colleague' },
  'invitation.accepted': { zh: '接受了邀请', en: 'accepted an invitation' },
  'organization.registered': { zh: '注册了企业', en: 'registered an enterprise' },
  'organization.disabled': { zh: '停用了企业', en: 'disabled an enterprise' },
  'organization.enabled': { zh: '启用了企业', en: 'enabled an enterprise' },
  'organization.exported': { zh: '导出了企业数据', en: 'exported an enterprise’s data' },
  'organization.imported': { zh: '导入了企业数据', en: 'imported an enterprise’s data' },
  'quick_scan.answers_saved': { zh: '保存了快评作答', en: 'saved quick-scan answers' },
  'quick_scan.claimed': { zh: '将快评归入企业', en: 'attached a quick scan' },
  'review.items_saved': { zh: '保存了评审意见', en: 'saved review decisions' },
  'standard.created': { zh: '新增了标准', en: 'added a standard' },
  'standard.updated': { zh: '修改了标准', en: 'edited a standard' },
  'standard.deleted': { zh: '删除了标准', en: 'deleted a standard' },
  'user.created': { zh: '创建了用户', en: 'created a user' },
  'user.updated': { zh: '修改了用户', en: 'edited a user' },
};

export const AUDIT_ENTITIES: Record<string, LocalizedText> = {
  assessment: { zh: '评估', en: 'assessment' },
  user: { zh: '用户', en: 'user' },
  organization: { zh: '企业', en: 'enterprise' },
  finding: { zh: '问题', en: 'finding' },
  evidence_file: { zh: '佐证材料', en: 'evidence file' },
  indicator_system_version: { zh: '指标体系版本', en: 'indicator-system version' },
  standard: { zh: '标准', en: 'standard' },
  invitation: { zh: '邀请', en: 'invitation' },
  session: { zh: '会话', en: 'session' },
  quick_scan: { zh: '快评', en: 'quick scan' },
};

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown): string =>
  v === undefined ? '—' : v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v);

/**
 * The fields an event changed, top level of its before/after records: each field whose value
 * differs (added, removed or changed), in the order the record names them. A record that is
 * not an object is one field, "value".
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(before) && !isRecord(after)) {
    const was = before === null || before === undefined ? '—' : show(before);
    const now = after === null || after === undefined ? '—' : show(after);
    return was === now ? [] : [{ field: 'value', before: was, after: now }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => show(b[k]) !== show(a[k]))
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}
