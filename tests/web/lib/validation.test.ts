import {
  PRIVACY_TERMS_VERSION,
  registerBodySchema,
  usccCheckCharacter,
  createAssessmentBodySchema,
} from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../../web/src/lib/api-client.ts';
import { serverFieldErrors, validate } from '../../../web/src/lib/validation.ts';

const first17 = '91320500MA1MXXXX0';
const validCode = first17 + usccCheckCharacter(first17)!;
const wrongCheck = first17 + (validCode.endsWith('1') ? '2' : '1');

const valid = {
  organization: {
    name: '苏州精密制造有限公司',
    creditCode: validCode,
    industry: 'automotive',
    productionType: 'discrete',
    size: 'medium',
    region: '江苏省苏州市',
  },
  user: { displayName: '张三', email: 'zhang@example.com', password: 'Secret-pass-2026' },
  privacyConsent: { accepted: true, version: PRIVACY_TERMS_VERSION },
};

function with_(path: string, value: unknown) {
  const copy = structuredClone(valid) as Record<string, Record<string, unknown>>;
  const [a, b] = path.split('.') as [string, string];
  copy[a]![b] = value;
  return copy;
}

describe('shared zod schema issues become localized field messages', () => {
  test('a valid registration passes and is normalized by the schema', () => {
    const r = validate(registerBodySchema, with_('user.email', 'Zhang@Example.com '));
    expect(r.ok && r.data.user.email).toBe('zhang@example.com');
  });

  test.each([
    ['organization.name', '', { key: 'validation.required' }],
    ['organization.name', 'A', { key: 'validation.tooShort', vars: { min: 2 } }],
    ['organization.creditCode', '', { key: 'validation.required' }],
    ['organization.creditCode', '9132050', { key: 'validation.creditCode.length' }],
    ['organization.creditCode', '91320500MA1MXXXXOI', { key: 'validation.creditCode.characters' }],
    ['organization.creditCode', wrongCheck, { key: 'validation.creditCode.checkDigit' }],
    ['organization.industry', '', { key: 'validation.choose' }],
    ['organization.size', undefined, { key: 'validation.choose' }],
    ['user.email', 'not-an-email', { key: 'validation.email' }],
    ['user.email', '', { key: 'validation.required' }],
    ['user.password', 'short1', { key: 'validation.tooShort', vars: { min: 10 } }],
    ['user.password', 'onlyletters-here', { key: 'validation.passwordLetterDigit' }],
    ['user.password', 'password12', { key: 'validation.passwordCommon' }],
    ['user.password', 'Password12', { key: 'validation.passwordCommon' }],
    ['user.password', `${' '.repeat(10)}1a`, { key: 'validation.passwordWhitespace' }],
    ['user.password', 'Secret-pass-2026 ', { key: 'validation.passwordWhitespace' }],
    ['user.password', '', { key: 'validation.required' }],
    ['user.displayName', '   ', { key: 'validation.required' }],
  ])('%s = %j → %j', (path, value, message) => {
    const r = validate(registerBodySchema, with_(path, value));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[path]).toEqual(message);
  });

  test('a lower-case credit code with the right check character is accepted', () => {
    expect(
      validate(registerBodySchema, with_('organization.creditCode', validCode.toLowerCase())).ok,
    ).toBe(true);
  });

  test('nested array paths name the item: a tailoring reason that is too short', () => {
    const r = validate(createAssessmentBodySchema, {
      versionId: '00000000-0000-4000-8000-000000000000',
      title: 'x',
      profileId: 'automotive',
      targetLevel: 3,
      tailoring: [
        { subdomainId: 'product-service', reason: '理由充分' },
        { subdomainId: 'product-design', reason: '短' },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual({
        'tailoring.1.reason': { key: 'validation.tooShort', vars: { min: 2 } },
      });
  });

  test('server field errors drop the body. prefix and keep the server’s words', () => {
    const err = new ApiError(400, 'validation_failed', 'Invalid input', {
      errors: [
        { field: 'body.organization.creditCode', message: 'check character does not match' },
        { field: 'body.user.email', message: 'must be an email address' },
        { field: 'body.user.email', message: 'second problem, not shown' },
      ],
    });
    expect(serverFieldErrors(err)).toEqual({
      'organization.creditCode': {
        key: 'validation.server',
        vars: { message: 'check character does not match' },
      },
      'user.email': { key: 'validation.server', vars: { message: 'must be an email address' } },
    });
  });
});
