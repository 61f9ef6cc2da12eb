import {
  validateIndicatorSystem,
  type IndicatorSystem,
  type ValidationIssue,
} from '@zhiping/shared';
import { ValidationError, type FieldError } from '../../lib/errors.ts';

const TOKEN = /([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\./gy;

/**
 * validateIndicatorSystem names paths as `tree[0].children[2]` or `weights["d-data"]`; the
 * API names fields dotted (`body.document.tree.0.children.2`), like every other 400.
 */
export function pathSegments(path: string): string[] {
  if (path === '(document)') return [];
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < path.length && (m = TOKEN.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(m[2]);
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

export const documentField = (prefix: string, path: string) =>
  [prefix, ...pathSegments(path)].join('.');

export function issuesToFieldErrors(prefix: string, issues: ValidationIssue[]): FieldError[] {
  return issues.map((i) => ({ field: documentField(prefix, i.path), message: i.message }));
}

/** Validates a document or throws a 400 naming every failing field under `prefix`. */
export function validDocumentOr400(doc: unknown, prefix = 'body.document'): IndicatorSystem {
  const result = validateIndicatorSystem(doc);
  if (!result.ok) throw new ValidationError(issuesToFieldErrors(prefix, result.issues));
  return result.system;
}
