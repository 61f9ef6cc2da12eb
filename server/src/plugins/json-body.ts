import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.ts';

/**
 * The deepest nesting of arrays and objects a JSON body may have. The deepest document the
 * service takes (an indicator-system version) nests 11 levels; anything past this is refused
 * before JSON.parse, so no validator, hook or logger ever recurses through it.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether `text`'s arrays and objects nest deeper than `max`: one pass, strings skipped. */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export class JsonTooDeepError extends AppError {
  constructor() {
    super(400, 'json_too_deep', `The request body nests deeper than ${MAX_JSON_DEPTH} levels`, {
      errors: [{ field: 'body', message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` }],
    });
  }
}

/**
 * Fastify's own JSON parser (prototype-poisoning checks included), behind a nesting-depth
 * check. The route's body limit still applies (the body arrives as a string).
 */
export default fp(
  function jsonBodyPlugin(app: FastifyInstance) {
    const parse = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      const text = body as string;
      if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) return done(new JsonTooDeepError(), undefined);
      return parse(req, text, done);
    });
  },
  { name: 'json-body' },
);
